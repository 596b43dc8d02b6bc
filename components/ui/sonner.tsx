"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import type * as React from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

/**
 * Sonner's toaster in the app's theme, tokens and language. Mounted once in app/layout.tsx;
 * call `toast.success(t("saved"))` from "sonner" anywhere on the client.
 */
export function Toaster({ toastOptions, ...props }: ToasterProps) {
  const { theme = "system" } = useTheme();
  const t = useTranslations("common");
  return (
    <Sonner
      theme={theme as ToasterProps["theme"]}
      className="toaster group"
      position="bottom-right"
      closeButton
      containerAriaLabel={t("notifications")}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      toastOptions={{
        closeButtonAriaLabel: t("closeNotification"),
        ...toastOptions,
        classNames: { toast: "font-sans", description: "!text-muted-foreground", ...toastOptions?.classNames },
      }}
      {...props}
    />
  );
}
