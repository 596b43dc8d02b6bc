// Root layout: document shell, language, theme, translations and toasts for every page.
import "./globals.css";

import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type * as React from "react";

import { ThemeProvider } from "@/components/theme-provider";
import { Toaster } from "@/components/ui/sonner";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { template: "%s · Claimdesk", default: "Claimdesk" },
    description: t("tagline"),
    applicationName: "Claimdesk",
    // An internal newsroom tool: keep it out of search engines.
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfdfe" },
    { media: "(prefers-color-scheme: dark)", color: "#101215" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    // suppressHydrationWarning: next-themes sets the `dark` class on <html> before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh">
        {/* Inherits locale and messages from lib/i18n/request.ts. */}
        <NextIntlClientProvider>
          <ThemeProvider>
            {children}
            <Toaster />
          </ThemeProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
