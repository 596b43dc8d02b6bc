import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { changeRoleSchema, removeMemberSchema, type ChangeRoleInput, type RemoveMemberInput } from "./schemas";

/**
 * Locks the workspace's owner memberships and returns how many there are. Two owners demoting
 * each other at the same moment serialise here, so the workspace can never end up ownerless.
 */
async function lockOwners(tx: Tx, workspaceId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId}::uuid AND role = 'owner' FOR UPDATE`;
  return rows.length;
}

async function loadTarget(tx: Tx, actor: Actor, membershipId: string) {
  // Scoped by workspace: another workspace's membership id is simply "not found".
  const target = await tx.membership.findFirst({ where: { id: membershipId, workspaceId: actor.workspaceId } });
  if (!target) throw notFound("memberNotFound");
  return target;
}

/** Admins change roles up to admin; only owners touch owners (promote, demote). */
export async function changeMemberRole({ actor, input, requestId }: { actor: Actor; input: ChangeRoleInput; requestId?: string }) {
  authorize(actor, "members.manage");
  const data = changeRoleSchema.parse(input);
  return db().$transaction(async (tx) => {
    const owners = await lockOwners(tx, actor.workspaceId);
    const target = await loadTarget(tx, actor, data.membershipId);
    if (target.role === data.role) return target;
    if (target.role === "owner" || data.role === "owner") authorize(actor, "members.manageOwners");
    if (target.role === "owner" && owners <= 1) throw new AppError("conflict", { userMessage: "lastOwnerDemote" });
    const updated = await tx.membership.update({ where: { id: target.id }, data: { role: data.role } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "member.role_change",
      targetType: "membership",
      targetId: target.id,
      before: { userId: target.userId, role: target.role },
      after: { userId: target.userId, role: data.role },
      requestId,
    });
    return updated;
  });
}

export async function removeMember({ actor, input, requestId }: { actor: Actor; input: RemoveMemberInput; requestId?: string }) {
  authorize(actor, "members.manage");
  const data = removeMemberSchema.parse(input);
  await db().$transaction(async (tx) => {
    const owners = await lockOwners(tx, actor.workspaceId);
    const target = await loadTarget(tx, actor, data.membershipId);
    if (target.role === "owner") {
      authorize(actor, "members.manageOwners");
      if (owners <= 1) throw new AppError("conflict", { userMessage: "lastOwnerRemove" });
    }
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "member.remove",
      targetType: "membership",
      targetId: target.id,
      before: { userId: target.userId, role: target.role },
      requestId,
    });
  });
}

/** Any member may leave, except the last owner (who must promote someone or delete the workspace). */
export async function leaveWorkspace({ actor, requestId }: { actor: Actor; requestId?: string }) {
  authorize(actor, "workspace.read");
  await db().$transaction(async (tx) => {
    const owners = await lockOwners(tx, actor.workspaceId);
    const mine = await tx.membership.findFirst({ where: { workspaceId: actor.workspaceId, userId: actor.userId } });
    if (!mine) throw notFound("memberNotFound");
    if (mine.role === "owner" && owners <= 1) throw new AppError("conflict", { userMessage: "lastOwnerLeave" });
    await tx.membership.delete({ where: { id: mine.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "member.leave",
      targetType: "membership",
      targetId: mine.id,
      before: { userId: mine.userId, role: mine.role },
      requestId,
    });
  });
}
