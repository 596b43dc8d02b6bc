import type { LucideIcon } from "lucide-react";
import * as React from "react";

import { cn } from "@/lib/utils";

export type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A lucide icon, as a component (`FileSearchIcon`) or an element (`<FileSearchIcon />`); decorative. */
  icon?: LucideIcon | React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Usually one primary Button (or `<Button asChild><Link …/></Button>`). */
  action?: React.ReactNode;
  /** Heading level of the title (default h2: an empty state usually stands in for a page section). */
  headingLevel?: "h2" | "h3";
};

function isIconComponent(icon: LucideIcon | React.ReactNode): icon is LucideIcon {
  // lucide icons are forwardRef objects, not functions; elements are caught first.
  return !React.isValidElement(icon) && (typeof icon === "function" || (typeof icon === "object" && icon !== null && "render" in icon));
}

/** What a list or page shows when there is nothing yet, with the next step to take. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  headingLevel: Heading = "h2",
  className,
  ...props
}: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-6 py-12 text-center",
        className,
      )}
      {...props}
    >
      {icon != null && icon !== false ? (
        <div
          aria-hidden
          className="mb-2 flex size-10 items-center justify-center rounded-lg border bg-card text-muted-foreground shadow-xs [&_svg]:size-5"
        >
          {isIconComponent(icon) ? React.createElement(icon) : icon}
        </div>
      ) : null}
      <Heading className="text-base font-semibold">{title}</Heading>
      {description ? <p className="max-w-sm text-sm text-balance text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-3 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </div>
  );
}
