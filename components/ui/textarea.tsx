import type * as React from "react";

import { cn } from "@/lib/utils";

import { fieldClassName } from "./input";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      rows={rows}
      className={cn(fieldClassName, "min-h-16 px-3 py-2 leading-relaxed", className)}
      {...props}
    />
  );
}
