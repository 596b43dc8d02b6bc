import type * as React from "react";

import { cn } from "@/lib/utils";

/** Shared look of single- and multi-line text fields (also used by SelectTrigger). */
export const fieldClassName =
  "w-full min-w-0 rounded-md border border-input bg-background text-sm shadow-xs transition-colors placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive dark:bg-input/15";

export function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        fieldClassName,
        "h-9 px-3 py-1 file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}
