"use client";

import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

import type { ShellWorkspace } from "./types";

/** The workspace's initial on a tinted square, Linear-style. */
function WorkspaceMark({ name, className }: { name: string; className?: string }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? "?";
  return (
    <span
      aria-hidden
      className={cn(
        "flex size-6 shrink-0 items-center justify-center rounded-md bg-primary/12 text-xs font-semibold text-primary",
        className,
      )}
    >
      {initial}
    </span>
  );
}

export type WorkspaceSwitcherProps = {
  workspaces: ShellWorkspace[];
  current: ShellWorkspace | null;
};

/** Dropdown at the top of the sidebar: the user's workspaces (with their role) and "Create workspace". */
export function WorkspaceSwitcher({ workspaces, current }: WorkspaceSwitcherProps) {
  const t = useTranslations("nav.workspaces");
  const tRoles = useTranslations("common.roles");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={current ? `${t("switch")} (${current.name})` : t("choose")}
        className="flex h-10 w-full min-w-0 items-center gap-2 rounded-md px-2 text-left text-sm transition-colors hover:bg-sidebar-accent data-[state=open]:bg-sidebar-accent"
      >
        {current ? (
          <>
            <WorkspaceMark name={current.name} />
            <span className="min-w-0 flex-1">
              <span className="block truncate font-semibold">{current.name}</span>
              <span className="block truncate text-xs text-muted-foreground">{tRoles(current.role)}</span>
            </span>
          </>
        ) : (
          <span className="min-w-0 flex-1 truncate text-muted-foreground">{t("choose")}</span>
        )}
        <ChevronsUpDownIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel>{t("label")}</DropdownMenuLabel>
        {workspaces.length === 0 ? (
          <p className="px-2 py-1.5 text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          workspaces.map((workspace) => {
            const isCurrent = workspace.slug === current?.slug;
            return (
              <DropdownMenuItem key={workspace.slug} asChild>
                <Link href={`/w/${workspace.slug}`} aria-current={isCurrent ? "page" : undefined}>
                  <WorkspaceMark name={workspace.name} className="size-5 text-[10px]" />
                  <span className="min-w-0 flex-1 truncate">{workspace.name}</span>
                  <Badge variant="outline" className="font-normal text-muted-foreground">
                    {tRoles(workspace.role)}
                  </Badge>
                  <CheckIcon className={cn("text-foreground", !isCurrent && "invisible")} aria-hidden />
                </Link>
              </DropdownMenuItem>
            );
          })
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/workspaces/new">
            <PlusIcon aria-hidden />
            {t("create")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
