import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import { invitationTokenSchema } from "./schemas";
import { hashInvitationToken } from "./token";

export type InvitationStatus = "pending" | "expired" | "revoked" | "accepted";

export function invitationStatus(inv: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now = new Date()): InvitationStatus {
  if (inv.revokedAt) return "revoked";
  if (inv.acceptedAt) return "accepted";
  if (inv.expiresAt <= now) return "expired";
  return "pending";
}

/** Invitations of the workspace (members.manage), newest first, with their status. */
export async function listInvitations({ actor }: { actor: Actor }) {
  authorize(actor, "members.manage");
  const rows = await db().invitation.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { createdBy: { select: { name: true } }, acceptedBy: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ ...r, status: invitationStatus(r) }));
}

/**
 * What the invite page shows for a token: the workspace and role, or why it can't be used;
 * with `userId`, also whether that user is already a member.
 */
export async function findInvitationByToken({ token, userId }: { token: string; userId?: string }) {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const inv = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { workspace: { select: { id: true, name: true, slug: true } }, createdBy: { select: { name: true } } },
  });
  if (!inv) return null;
  const alreadyMember = userId
    ? !!(await db().membership.findUnique({ where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId } } }))
    : false;
  return { ...inv, status: invitationStatus(inv), alreadyMember };
}
