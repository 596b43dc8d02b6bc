"use client";
// Error boundary for every page under the root layout. Shows a generic message and the error's
// digest, which matches the server log line, so support can find what happened.

import { TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { Button } from "@/components/ui/button";

/** The server-side digest Next.js attaches to errors thrown in server components. */
function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  const digest = errorDigest(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-4 px-6 py-16 text-center">
      <div
        aria-hidden
        className="flex size-12 items-center justify-center rounded-xl border bg-card text-destructive shadow-xs"
      >
        <TriangleAlertIcon className="size-6" />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">{t("errorBoundary.title")}</h1>
      <p className="max-w-md text-sm text-balance text-muted-foreground">{t("errorBoundary.description")}</p>
      {digest ? (
        <p className="text-sm text-muted-foreground">
          {t.rich("errorBoundary.reference", {
            reference: digest,
            code: (chunks) => (
              <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground select-all">
                {chunks}
              </code>
            ),
          })}
        </p>
      ) : null}
      <Button onClick={() => retry()} className="mt-2">
        {t("retry")}
      </Button>
    </main>
  );
}
