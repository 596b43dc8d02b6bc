"use client";

import { MenuIcon, XIcon } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type * as React from "react";

import { Button } from "@/components/ui/button";
import { Sheet, SheetClose, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

import { Logo } from "./logo";

/**
 * The sidebar as a drawer below the `lg` breakpoint. Closes when a link inside it is followed
 * (including links in menus it opens, whose clicks bubble through React portals) and on any
 * route change.
 */
export function MobileNav({ children }: { children: React.ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    // Adjusting state during render (not in an effect) avoids a frame with the stale drawer.
    setOpenedAt(pathname);
    setOpen(false);
  }

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="-ml-2 lg:hidden" aria-label={t("nav.openNavigation")}>
          <MenuIcon aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent aria-describedby={undefined} showCloseButton={false}>
        <SheetTitle className="sr-only">{t("nav.navigation")}</SheetTitle>
        <div className="flex h-14 shrink-0 items-center justify-between border-b border-sidebar-border px-4">
          <Logo />
          <SheetClose asChild>
            <Button variant="ghost" size="icon" className="-mr-2" aria-label={t("common.close")}>
              <XIcon aria-hidden />
            </Button>
          </SheetClose>
        </div>
        <div
          className="flex min-h-0 flex-1 flex-col"
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest("a[href]")) setOpen(false);
          }}
        >
          {children}
        </div>
      </SheetContent>
    </Sheet>
  );
}
