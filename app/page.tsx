import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listWorkspacesForUser } from "@/lib/workspaces/queries";

/** "/" sends a signed-in user to their first workspace, or to create one. */
export default async function RootPage() {
  const user = await requireUser();
  const workspaces = await listWorkspacesForUser({ userId: user.id });
  redirect(workspaces[0] ? `/w/${workspaces[0].slug}` : "/workspaces/new");
}
