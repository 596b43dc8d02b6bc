// Test data built through the real database (no mocked Prisma). Passwords are hashed once per
// file: argon2 is deliberately slow.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { defaultVerdictRows } from "@/lib/verdicts/defaults";

export const TEST_PASSWORD = "test-password-2026";
let hashed: Promise<string> | undefined;

export async function createUser(overrides: { email?: string; name?: string } = {}) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID().slice(0, 8);
  return db().user.create({
    data: { email: overrides.email ?? `user-${id}@test.claimdesk`, name: overrides.name ?? `User ${id}`, passwordHash: await hashed },
  });
}

/** A workspace with one member per requested role; returns each member's Actor. */
export async function createWorkspaceWithMembers(roles: Role[] = ["owner", "admin", "editor", "viewer"]) {
  const slug = `ws-${randomUUID().slice(0, 8)}`;
  const workspace = await db().workspace.create({ data: { name: `Workspace ${slug}`, slug } });
  await db().verdict.createMany({ data: defaultVerdictRows(workspace.id) });
  const members: Record<string, Actor & { membershipId: string; email: string }> = {};
  for (const [i, role] of roles.entries()) {
    const user = await createUser();
    const m = await db().membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    members[i === roles.indexOf(role) ? role : `${role}${i}`] = { userId: user.id, workspaceId: workspace.id, role, membershipId: m.id, email: user.email };
  }
  return { workspace, members };
}

export async function auditActions(workspaceId: string | null) {
  const rows = await db().auditEvent.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.action);
}
