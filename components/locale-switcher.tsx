"use client";

import { LanguagesIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";

import {
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
} from "@/components/ui/dropdown-menu";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { setLocaleAction } from "@/lib/i18n/actions";
import { isLocale, localeNames, locales, type Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** Switches the UI language: saves the choice on the server, then re-renders in the new language. */
function useChangeLocale() {
  const router = useRouter();
  const t = useTranslations("common.errors");
  const [isPending, startTransition] = useTransition();
  const changeLocale = (next: string) => {
    if (!isLocale(next)) return;
    startTransition(async () => {
      try {
        const result = await setLocaleAction(next);
        if (!result.ok) throw new Error(result.formError);
        router.refresh();
      } catch {
        toast.error(t("genericNoReference"));
      }
    });
  };
  return { changeLocale, isPending };
}

/** Compact EN/FR select (auth pages, footers). Language names are shown in their own language. */
export function LocaleSwitcher({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common.language");
  const { changeLocale, isPending } = useChangeLocale();
  return (
    <Select value={locale} onValueChange={changeLocale} disabled={isPending}>
      <SelectTrigger size="sm" aria-label={t("label")} title={t("change")} className={cn("gap-1.5 border-transparent bg-transparent shadow-none hover:bg-accent dark:bg-transparent", className)}>
        <LanguagesIcon aria-hidden />
        <SelectValue>{locale.toUpperCase()}</SelectValue>
      </SelectTrigger>
      <SelectContent align="end">
        {locales.map((value: Locale) => (
          <SelectItem key={value} value={value} lang={value}>
            {localeNames[value]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** A "Language ▸" submenu for a larger menu (the user menu). */
export function LocaleSubmenu() {
  const locale = useLocale();
  const t = useTranslations("common.language");
  const { changeLocale, isPending } = useChangeLocale();
  return (
    <DropdownMenuSub>
      <DropdownMenuSubTrigger>
        <LanguagesIcon aria-hidden />
        {t("label")}
      </DropdownMenuSubTrigger>
      <DropdownMenuSubContent>
        <DropdownMenuRadioGroup value={locale} onValueChange={changeLocale}>
          {locales.map((value) => (
            <DropdownMenuRadioItem
              key={value}
              value={value}
              lang={value}
              disabled={isPending}
            >
              {localeNames[value]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuSubContent>
    </DropdownMenuSub>
  );
}
