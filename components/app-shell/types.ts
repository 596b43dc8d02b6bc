// The data AppShell is fed with. Plain serialisable objects: the page's layout loads them
// (session user, memberships) and the shell only displays them.
import type * as React from "react";

/** Workspace roles, least to most powerful (mirrors the Prisma `Role` enum). */
export type WorkspaceRole = "viewer" | "editor" | "admin" | "owner";

export type ShellUser = { name: string; email: string };

export type ShellWorkspace = { slug: string; name: string; role: WorkspaceRole };

export type AppNavItem = {
  href: string;
  /** Already translated. */
  label: string;
  /** A lucide icon element, e.g. `<UsersIcon />` (an element, not the component: it crosses to the client). */
  icon?: React.ReactNode;
  /** Active only on this exact path (for "home"-type links whose children are other items). */
  exact?: boolean;
};
