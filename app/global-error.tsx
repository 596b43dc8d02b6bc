"use client";
// Last-resort boundary for errors in the root layout itself. It replaces the whole document, so
// it has no translations or theme provider: the text is bilingual and the theme is re-applied
// from next-themes' stored choice.

import "./globals.css";

import { useEffect } from "react";

import { Button } from "@/components/ui/button";

function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = errorDigest(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem("theme");
    } catch {
      // Storage can be blocked; fall back to the OS preference.
    }
    const dark =
      stored === "dark" ||
      ((stored === null || stored === "system") && window.matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  }, []);

  return (
    <html lang="en">
      <body className="min-h-dvh">
        <title>Claimdesk</title>
        <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-6 py-16 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
          <p lang="fr" className="text-lg text-muted-foreground">
            Une erreur s’est produite
          </p>
          {digest ? (
            <p className="text-sm text-muted-foreground">
              Reference / Référence&nbsp;:{" "}
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground select-all">
                {digest}
              </code>
            </p>
          ) : null}
          <Button onClick={() => retry()} className="mt-3">
            Try again · Réessayer
          </Button>
        </main>
      </body>
    </html>
  );
}
