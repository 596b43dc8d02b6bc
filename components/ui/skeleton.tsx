import type * as React from "react";

import { cn } from "@/lib/utils";

/** A loading placeholder. Decorative: announce loading with text (e.g. a visually hidden "Loading…") nearby. */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-muted-foreground/15", className)}
      {...props}
    />
  );
}
