// Centered card for the signed-out pages (sign-in, sign-up, invitation): logo above, language
// and theme controls in the corner, the form inside.
import Link from "next/link";
import type * as React from "react";

import { Logo } from "@/components/app-shell/logo";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { ThemeToggle } from "@/components/theme-toggle";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";

export type AuthCardProps = {
  /** The page's `<h1>` ("Sign in to Claimdesk"). */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** An icon above the title, for status pages ("Invitation expired"): `<ClockIcon />`. */
  icon?: React.ReactNode;
  /** The form. */
  children: React.ReactNode;
  /** Under the card body, e.g. "No account? Sign up". */
  footer?: React.ReactNode;
};

export function AuthCard({ title, description, icon, children, footer }: AuthCardProps) {
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40 dark:bg-background">
      <header className="flex items-center justify-end gap-1 p-4">
        <LocaleSwitcher />
        <ThemeToggle />
      </header>
      <main className="flex flex-1 flex-col items-center px-4 pt-4 pb-16 sm:pt-12">
        <Link href="/" className="mb-8 rounded-md">
          <Logo className="text-lg" />
        </Link>
        <Card className="w-full max-w-sm gap-6 py-6 shadow-sm">
          <CardHeader className="px-6">
            {icon ? (
              <div
                aria-hidden
                className="mb-2 flex size-10 items-center justify-center rounded-lg border bg-muted/50 text-muted-foreground [&_svg]:size-5"
              >
                {icon}
              </div>
            ) : null}
            <h1 className="text-lg leading-snug font-semibold">{title}</h1>
            {description ? <CardDescription>{description}</CardDescription> : null}
          </CardHeader>
          <CardContent className="px-6">{children}</CardContent>
          {footer ? (
            <CardFooter className="justify-center border-t px-6 text-sm text-muted-foreground">{footer}</CardFooter>
          ) : null}
        </Card>
      </main>
    </div>
  );
}
