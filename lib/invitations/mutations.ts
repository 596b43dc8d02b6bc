import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { invitationStatus } from "./queries";
import { createInvitationSchema, invitationTokenSchema, revokeInvitationSchema, type CreateInvitationInput, type RevokeInvitationInput } from "./schemas";
import { hashInvitationToken, newInvitationToken } from "./token";

const DAY = 24 * 60 * 60 * 1000;

/** Creates an invitation link. The token is returned once and never stored in clear. */
export async function createInvitation({ actor, input, requestId }: { actor: Actor; input: CreateInvitationInput; requestId?: string }) {
  authorize(actor, "members.manage");
  const data = createInvitationSchema.parse(input);
  if (data.role === "owner") authorize(actor, "members.manageOwners");
  const { token, tokenHash } = newInvitationToken();
  const invitation = await db().$transaction(async (tx) => {
    const inv = await tx.invitation.create({
      data: {
        workspaceId: actor.workspaceId,
        role: data.role,
        tokenHash,
        email: data.email ?? null,
        createdById: actor.userId,
        expiresAt: new Date(Date.now() + data.expiresInDays * DAY),
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "invitation.create",
      targetType: "invitation",
      targetId: inv.id,
      after: { role: inv.role, email: inv.email, expiresAt: inv.expiresAt.toISOString() },
      requestId,
    });
    return inv;
  });
  return { invitation, token };
}

export async function revokeInvitation({ actor, input, requestId }: { actor: Actor; input: RevokeInvitationInput; requestId?: string }) {
  authorize(actor, "members.manage");
  const data = revokeInvitationSchema.parse(input);
  return db().$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({ where: { id: data.invitationId, workspaceId: actor.workspaceId } });
    if (!inv) throw notFound("invitationNotFound");
    if (inv.role === "owner") authorize(actor, "members.manageOwners");
    const status = invitationStatus(inv);
    if (status !== "pending") throw new AppError("conflict", { userMessage: `invitation_${status}` });
    const updated = await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: inv.id,
      before: { role: inv.role },
      requestId,
    });
    return updated;
  });
}

/**
 * Accepts an invitation for a signed-in user. The claim on the invitation is one conditional
 * UPDATE, so a link used twice at the same moment admits exactly one person.
 */
export async function acceptInvitation({ userId, token, requestId }: { userId: string; token: string; requestId?: string }) {
  if (!invitationTokenSchema.safeParse(token).success) throw notFound("invitationNotFound");
  const tokenHash = hashInvitationToken(token);
  return db().$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash }, include: { workspace: true } });
    if (!inv) throw notFound("invitationNotFound");
    const status = invitationStatus(inv);
    if (status !== "pending") throw new AppError("gone", { userMessage: `invitation_${status}` });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (inv.email && inv.email !== user.email) {
      throw new AppError("forbidden", { userMessage: "invitationOtherEmail", values: { email: inv.email } });
    }
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId } } });
    if (existing) throw new AppError("conflict", { userMessage: "alreadyMember", details: { slug: inv.workspace.slug } });

    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (claimed.count !== 1) throw new AppError("gone", { userMessage: "invitation_accepted" });
    const membership = await tx.membership.create({ data: { workspaceId: inv.workspaceId, userId, role: inv.role } });
    await recordAudit(tx, {
      workspaceId: inv.workspaceId,
      actorId: userId,
      action: "invitation.accept",
      targetType: "membership",
      targetId: membership.id,
      after: { invitationId: inv.id, role: inv.role },
      requestId,
    });
    return { workspace: inv.workspace, membership };
  });
}
