"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type * as React from "react";

import { cn } from "@/lib/utils";

/** Whether `href` is the current page (or, unless `exact`, one of its sub-pages). */
export function isActivePath(pathname: string, href: string, exact = false): boolean {
  const path = pathname.replace(/\/+$/, "") || "/";
  const target = href.replace(/\/+$/, "") || "/";
  if (path === target) return true;
  return !exact && target !== "/" && path.startsWith(`${target}/`);
}

/** A sidebar link that highlights itself (and sets aria-current) on the page it points to. */
export function NavLink({ href, exact, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = isActivePath(pathname, href, exact);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex h-8 items-center gap-2.5 rounded-md px-2 text-sm font-medium text-sidebar-foreground/85 transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground",
        active && "bg-sidebar-accent text-sidebar-accent-foreground [&_svg]:text-sidebar-accent-foreground",
      )}
    >
      {children}
    </Link>
  );
}
