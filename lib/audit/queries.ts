import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";

/** Latest audit events of a workspace, newest first, with the actor's name (audit.read). */
export async function listAuditEvents({ actor, limit = 50 }: { actor: Actor; limit?: number }) {
  authorize(actor, "audit.read");
  const events = await db().auditEvent.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(limit, 1), 200),
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const users = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null }));
}
