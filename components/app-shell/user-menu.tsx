"use client";

import { LogOutIcon, UserCogIcon } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

import { LocaleSubmenu } from "@/components/locale-switcher";
import { ThemeSubmenu } from "@/components/theme-toggle";
import { Avatar } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

import type { ShellUser } from "./types";

/** The avatar button at the right of the top bar: account, theme, language, sign out. */
export function UserMenu({ user }: { user: ShellUser }) {
  const t = useTranslations();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`${t("nav.accountMenu")} (${user.name})`}
        className="rounded-full transition-opacity hover:opacity-85"
      >
        <Avatar name={user.name} decorative />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex items-center gap-2.5 py-2 font-normal">
          <Avatar name={user.name} decorative />
          <span className="grid min-w-0">
            <span className="truncate text-sm font-medium text-foreground">{user.name}</span>
            <span className="truncate text-xs text-muted-foreground">{user.email}</span>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserCogIcon aria-hidden />
            {t("nav.account")}
          </Link>
        </DropdownMenuItem>
        <ThemeSubmenu />
        <LocaleSubmenu />
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/signin" })}>
          <LogOutIcon aria-hidden />
          {t("common.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
