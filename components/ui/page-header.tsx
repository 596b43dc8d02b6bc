import type * as React from "react";

import { cn } from "@/lib/utils";

export type PageHeaderProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** The page's `<h1>`. */
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons on the right (wrap under the title on narrow screens). */
  actions?: React.ReactNode;
};

/** The top of a page: one `<h1>`, an optional line of context, and page-level actions. */
export function PageHeader({ title, description, actions, className, children, ...props }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn("flex flex-col gap-4 pb-6 sm:flex-row sm:items-start sm:justify-between", className)}
      {...props}
    >
      <div className="grid min-w-0 gap-1">
        <h1 className="text-xl font-semibold tracking-tight text-balance">{title}</h1>
        {description ? <p className="text-sm text-pretty text-muted-foreground">{description}</p> : null}
        {children}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
