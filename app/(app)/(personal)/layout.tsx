import { AppChrome } from "@/components/app-shell/app-chrome";
import { requireUser } from "@/lib/auth/session";

export default async function PersonalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <AppChrome user={user} current={null}>
      {children}
    </AppChrome>
  );
}
