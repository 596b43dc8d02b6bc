// The signed-in chrome: sidebar (workspace switcher + navigation), top bar (page slot + user
// menu) and the main landmark. A server component fed by a layout, e.g.
// app/(workspace)/w/[slug]/layout.tsx:
//
//   <AppShell user={{ name, email }} workspaces={memberships} current={current}>
//     {children}
//   </AppShell>
import { FileTextIcon, HouseIcon, SettingsIcon, UploadIcon, UsersIcon, BookUserIcon, QuoteIcon, ShapesIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type * as React from "react";

import { can } from "@/lib/authz/authorize";

import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLink } from "./nav-link";
import type { AppNavItem, ShellUser, ShellWorkspace, WorkspaceRole } from "./types";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

export type AppShellProps = {
  user: ShellUser;
  /** Every workspace the user belongs to, for the switcher. */
  workspaces: ShellWorkspace[];
  /** The workspace being viewed; null on pages outside one (e.g. /account). */
  current: ShellWorkspace | null;
  /**
   * Sidebar links. Defaults to the workspace's Home, Articles, Import (roles that may import),
   * Members and Settings; pass your own list to add sections or to hide what the user's role
   * cannot open.
   */
  navItems?: AppNavItem[];
  /** Optional content at the left of the top bar (breadcrumbs, search). */
  topBar?: React.ReactNode;
  children: React.ReactNode;
};

/**
 * The default sidebar links of a workspace (translated). Import is left out for roles that
 * cannot import (the page itself still explains why to a viewer who opens it).
 */
export async function getWorkspaceNavItems(slug: string, role?: WorkspaceRole): Promise<AppNavItem[]> {
  const t = await getTranslations("nav");
  const base = `/w/${encodeURIComponent(slug)}`;
  const mayImport = role === undefined || can(role, "articles.import");
  return [
    { href: base, label: t("home"), icon: <HouseIcon />, exact: true },
    { href: `${base}/articles`, label: t("articles"), icon: <FileTextIcon /> },
    { href: `${base}/claims`, label: t("claims"), icon: <QuoteIcon /> },
    { href: `${base}/sources`, label: t("sources"), icon: <BookUserIcon /> },
    { href: `${base}/entities`, label: t("entities"), icon: <ShapesIcon /> },
    ...(mayImport ? [{ href: `${base}/import`, label: t("import"), icon: <UploadIcon /> }] : []),
    { href: `${base}/members`, label: t("members"), icon: <UsersIcon /> },
    { href: `${base}/settings`, label: t("settings"), icon: <SettingsIcon /> },
  ];
}

export const MAIN_CONTENT_ID = "main-content";

export async function AppShell({ user, workspaces, current, navItems, topBar, children }: AppShellProps) {
  const t = await getTranslations("nav");
  const items = navItems ?? (current ? await getWorkspaceNavItems(current.slug, current.role) : []);

  const sidebar = (
    <>
      <div className="px-2 py-2">
        <WorkspaceSwitcher workspaces={workspaces} current={current} />
      </div>
      <nav aria-label={t("mainNavigation")} className="flex-1 overflow-y-auto px-2 py-2">
        <ul className="grid gap-0.5">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} exact={item.exact}>
                {item.icon}
                <span className="truncate">{item.label}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );

  return (
    <div className="flex min-h-dvh">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only rounded-md bg-background px-3 py-2 text-sm font-medium shadow-md focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100]"
      >
        {t("skipToContent")}
      </a>

      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r border-sidebar-border bg-sidebar text-sidebar-foreground lg:flex">
        {sidebar}
        <div className="px-4 py-3">
          <Logo className="text-xs text-muted-foreground [&>span:first-child]:size-5 [&_svg]:size-3" />
        </div>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-2 border-b bg-background/90 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/75 sm:px-6">
          <MobileNav>{sidebar}</MobileNav>
          <div className="flex min-w-0 flex-1 items-center gap-2">{topBar}</div>
          <UserMenu user={user} />
        </header>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
