"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/pipeline";
import { createWorkspaceSchema } from "@/lib/workspaces/schemas";
import { createWorkspace } from "@/lib/workspaces/mutations";

export const createWorkspaceAction = userAction(createWorkspaceSchema, async ({ input, user, requestId }) => {
  const ws = await createWorkspace({ userId: user.id, input, requestId });
  redirect(`/w/${ws.slug}`);
});
