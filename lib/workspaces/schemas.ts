import { z } from "zod";

/** Paths under which a slug would shadow an app route. */
const RESERVED = new Set(["new", "api", "admin", "settings", "signin", "signup", "invite", "account", "workspaces"]);

export const slugSchema = z
  .string({ error: "slugInvalid" })
  .trim()
  .toLowerCase()
  .min(3, "slugTooShort")
  .max(48, "slugTooLong")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugInvalid")
  .refine((s) => !RESERVED.has(s), "slugReserved");

export const workspaceNameSchema = z.string({ error: "workspaceNameRequired" }).trim().min(2, "workspaceNameTooShort").max(120, "workspaceNameTooLong");

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema, slug: slugSchema });
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;

export const updateWorkspaceSchema = z.object({ name: workspaceNameSchema });
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceSchema>;

export const deleteWorkspaceSchema = z.object({ confirmSlug: z.string().trim() });
export type DeleteWorkspaceInput = z.infer<typeof deleteWorkspaceSchema>;

/** A URL-safe slug suggestion from a name: "Desk démo" → "desk-demo". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}
