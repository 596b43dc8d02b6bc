import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/authz/authorize";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { slugSchema } from "./schemas";

export interface WorkspaceSummary {
  id: string;
  slug: string;
  name: string;
  role: Role;
}

/** The workspaces a user belongs to, by name. */
export async function listWorkspacesForUser({ userId }: { userId: string }): Promise<WorkspaceSummary[]> {
  const rows = await db().membership.findMany({
    where: { userId },
    include: { workspace: { select: { id: true, slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.map((m) => ({ id: m.workspace.id, slug: m.workspace.slug, name: m.workspace.name, role: m.role }));
}

/**
 * The workspace `slug` as seen by `userId`, or null when it does not exist OR the user is not a
 * member — callers answer 404 in both cases, so another workspace's existence never leaks.
 */
export async function findMembership({ userId, slug }: { userId: string; slug: string }) {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const membership = await db().membership.findFirst({
    where: { userId, workspace: { slug: parsed.data } },
    include: { workspace: true },
  });
  if (!membership) return null;
  const actor: Actor = { userId, workspaceId: membership.workspaceId, role: membership.role };
  return { workspace: membership.workspace, membership, actor };
}

/** For workspace pages: the signed-in user's view of the workspace, or the 404 page. */
export const requireWorkspace = cache(async (slug: string) => {
  const user: CurrentUser = await requireUser();
  const found = await findMembership({ userId: user.id, slug });
  if (!found) notFound();
  return { user, ...found };
});
