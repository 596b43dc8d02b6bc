// The one role → permission table. Every server action and route handler asks authorize()
// (lib/authz/authorize.ts) for one of these; nothing else decides who may do what.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["viewer", "editor", "admin", "owner"] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "workspace.read",
  "articles.import",
  "articles.edit",
  "claims.write",
  "verdicts.set",
  "verdicts.manage",
  "sources.write",
  "sources.reliability",
  "sources.merge",
  "verdicts.publish",
  "comments.write",
  "members.read",
  "members.manage",
  "members.manageOwners",
  "workspace.settings",
  "workspace.delete",
  "reports.export",
  "audit.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const viewer: Permission[] = ["workspace.read", "members.read", "comments.write", "reports.export"];
const editor: Permission[] = [...viewer, "articles.import", "articles.edit", "claims.write", "verdicts.set", "sources.write"];
const admin: Permission[] = [
  ...editor,
  "verdicts.publish",
  "verdicts.manage",
  "sources.reliability",
  "sources.merge",
  "members.manage",
  "workspace.settings",
  "audit.read",
];
const owner: Permission[] = [...admin, "members.manageOwners", "workspace.delete"];

/**
 * Who may do what. Viewers read, comment and export; editors also import, correct article text,
 * write claims, set verdicts and add sources; admins also publish verdicts, manage the verdict
 * set, rate and merge sources, manage members (not owners), settings and the audit log; owners can do everything, including deleting the workspace and promoting owners.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: new Set(viewer),
  editor: new Set(editor),
  admin: new Set(admin),
  owner: new Set(owner),
};

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}
