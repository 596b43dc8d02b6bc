// Loads what the signed-in chrome needs (the user's workspaces) and renders the AppShell.
import { AppShell } from "@/components/app-shell/app-shell";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { listWorkspacesForUser } from "@/lib/workspaces/queries";

export async function AppChrome({
  user,
  current,
  children,
}: {
  user: CurrentUser;
  current: { slug: string; name: string; role: Role } | null;
  children: React.ReactNode;
}) {
  const workspaces = await listWorkspacesForUser({ userId: user.id });
  return (
    <AppShell user={{ name: user.name, email: user.email }} workspaces={workspaces.map(({ slug, name, role }) => ({ slug, name, role }))} current={current}>
      {children}
    </AppShell>
  );
}
