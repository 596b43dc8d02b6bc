import { AppChrome } from "@/components/app-shell/app-chrome";
import { requireWorkspace } from "@/lib/workspaces/queries";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, workspace, membership } = await requireWorkspace(slug);
  return (
    <AppChrome user={user} current={{ slug: workspace.slug, name: workspace.name, role: membership.role }}>
      {children}
    </AppChrome>
  );
}
