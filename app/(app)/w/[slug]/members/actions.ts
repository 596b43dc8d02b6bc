"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/pipeline";
import { createInvitationSchema, revokeInvitationSchema } from "@/lib/invitations/schemas";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { changeRoleSchema, removeMemberSchema } from "@/lib/members/schemas";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/members/mutations";

export const createInvitationAction = workspaceAction(createInvitationSchema, async ({ input, actor, requestId }) => {
  const { invitation, token } = await createInvitation({ actor, input, requestId });
  return { id: invitation.id, token, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() };
});

export const revokeInvitationAction = workspaceAction(revokeInvitationSchema, async ({ input, actor, requestId }) => {
  await revokeInvitation({ actor, input, requestId });
  return { id: input.invitationId };
});

export const changeRoleAction = workspaceAction(changeRoleSchema, async ({ input, actor, requestId }) => {
  const m = await changeMemberRole({ actor, input, requestId });
  return { id: m.id, role: m.role };
});

export const removeMemberAction = workspaceAction(removeMemberSchema, async ({ input, actor, requestId }) => {
  await removeMember({ actor, input, requestId });
  return { id: input.membershipId };
});

export const leaveWorkspaceAction = workspaceAction(z.object({}), async ({ actor, requestId }) => {
  await leaveWorkspace({ actor, requestId });
  redirect("/");
});
