import { z } from "zod";

/** The roles someone may hand out: owners only by owners (members.manageOwners). */
export function assignableRoles(canManageOwners: boolean): Array<"viewer" | "editor" | "admin" | "owner"> {
  return canManageOwners ? ["viewer", "editor", "admin", "owner"] : ["viewer", "editor", "admin"];
}

export const roleSchema = z.enum(["viewer", "editor", "admin", "owner"], { error: "roleInvalid" });

/** Ids arrive in URLs and forms: anything that is not a UUID is "not found", not a crash. */
export const idSchema = z.uuid({ error: "notFound" });

export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const removeMemberSchema = z.object({ membershipId: idSchema });
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
