import { SearchCheckIcon } from "lucide-react";

import { cn } from "@/lib/utils";

/** The Claimdesk mark and wordmark. `withWordmark={false}` gives the square alone (then labelled). */
export function Logo({ className, withWordmark = true }: { className?: string; withWordmark?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span
        className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground shadow-xs"
        {...(withWordmark ? { "aria-hidden": true } : { role: "img", "aria-label": "Claimdesk" })}
      >
        <SearchCheckIcon className="size-4" strokeWidth={2.25} aria-hidden />
      </span>
      {withWordmark ? <span>Claimdesk</span> : null}
    </span>
  );
}
