"use server";
import { redirect } from "next/navigation";
import { workspaceAction } from "@/lib/actions/pipeline";
import { deleteWorkspaceSchema, updateWorkspaceSchema } from "@/lib/workspaces/schemas";
import { deleteWorkspace, updateWorkspace } from "@/lib/workspaces/mutations";

export const updateWorkspaceAction = workspaceAction(updateWorkspaceSchema, async ({ input, actor, requestId }) => {
  const ws = await updateWorkspace({ actor, input, requestId });
  return { name: ws.name };
});

export const deleteWorkspaceAction = workspaceAction(deleteWorkspaceSchema, async ({ input, actor, requestId }) => {
  await deleteWorkspace({ actor, input, requestId });
  redirect("/");
});
