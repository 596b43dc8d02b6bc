// The demo workspace "Desk démo" with one user per role. Idempotent: running it again resets
// the demo users' passwords and roles but touches nothing else. Passwords are in the README.
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { defaultVerdictRows } from "@/lib/verdicts/defaults";
import { DEMO_USERS, DEMO_WORKSPACE } from "./demo-users";

export { DEMO_USERS, DEMO_WORKSPACE };

export async function seedDemo(): Promise<{ workspaceSlug: string; users: typeof DEMO_USERS }> {
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));
  await db().$transaction(async (tx) => {
    const workspace = await tx.workspace.upsert({
      where: { slug: DEMO_WORKSPACE.slug },
      create: { ...DEMO_WORKSPACE },
      update: {},
    });
    await tx.verdict.createMany({ data: defaultVerdictRows(workspace.id), skipDuplicates: true });
    for (const [i, u] of DEMO_USERS.entries()) {
      const user = await tx.user.upsert({
        where: { email: u.email },
        create: { email: u.email, name: u.name, passwordHash: hashes[i]! },
        update: { passwordHash: hashes[i]!, sessionVersion: { increment: 1 } },
      });
      await tx.membership.upsert({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
        create: { workspaceId: workspace.id, userId: user.id, role: u.role },
        update: { role: u.role },
      });
    }
    await tx.auditEvent.create({
      data: { workspaceId: workspace.id, actorId: null, action: "workspace.seed_demo", targetType: "workspace", targetId: workspace.id },
    });
  });
  return { workspaceSlug: DEMO_WORKSPACE.slug, users: DEMO_USERS };
}

export function formatDemoCredentials(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.role.padEnd(7)} ${u.email.padEnd(24)} ${u.password}`);
  return [`Demo workspace "${DEMO_WORKSPACE.name}" (/w/${DEMO_WORKSPACE.slug}):`, ...rows].join("\n");
}
