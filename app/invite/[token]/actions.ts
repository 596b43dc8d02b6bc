"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/pipeline";
import { acceptInvitation } from "@/lib/invitations/mutations";

export const acceptInvitationAction = userAction(z.object({ token: z.string() }), async ({ input, user, requestId }) => {
  const { workspace } = await acceptInvitation({ userId: user.id, token: input.token, requestId });
  redirect(`/w/${workspace.slug}`);
});
