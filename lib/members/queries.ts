import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";

/** Members of the actor's workspace, owners first, then by name. */
export async function listMembers({ actor }: { actor: Actor }) {
  authorize(actor, "members.read");
  const rows = await db().membership.findMany({
    where: { workspaceId: actor.workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  const rank = { owner: 0, admin: 1, editor: 2, viewer: 3 } as const;
  return rows
    .map((m) => ({ id: m.id, role: m.role, createdAt: m.createdAt, user: m.user }))
    .sort((a, b) => rank[a.role] - rank[b.role] || a.user.name.localeCompare(b.user.name));
}
