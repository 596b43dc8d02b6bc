import { cva, type VariantProps } from "class-variance-authority";
import type * as React from "react";

import { cn } from "@/lib/utils";

const avatarVariants = cva(
  "inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-secondary font-medium text-secondary-foreground uppercase select-none",
  {
    variants: {
      size: {
        sm: "size-6 text-[10px]",
        default: "size-8 text-xs",
        lg: "size-10 text-sm",
      },
    },
    defaultVariants: { size: "default" },
  },
);

/**
 * Up to two initials: first and last word of the name ("Jeanne d’Arc Martin" → "JM"), or the
 * start of an email's local part. Grapheme-aware, so "Élodie" gives "É" and emoji stay whole.
 */
export function getInitials(nameOrEmail: string): string {
  const source = nameOrEmail.includes("@") && !nameOrEmail.includes(" ") ? nameOrEmail.split("@")[0] ?? "" : nameOrEmail;
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const first = (word: string | undefined) => {
    if (!word) return "";
    const segments = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(word);
    return segments[Symbol.iterator]().next().value?.segment ?? "";
  };
  if (words.length === 0) return "?";
  if (words.length === 1) return first(words[0]);
  return first(words[0]) + first(words[words.length - 1]);
}

export type AvatarProps = Omit<React.ComponentProps<"span">, "children"> &
  VariantProps<typeof avatarVariants> & {
    /** The person's display name (or email); also used as the accessible name unless `decorative`. */
    name: string;
    /** Hide from assistive tech when the name is already written next to the avatar. */
    decorative?: boolean;
  };

/** A person's initials in a circle (Claimdesk has no profile pictures). */
export function Avatar({ name, size, decorative = false, className, ...props }: AvatarProps) {
  return (
    <span
      data-slot="avatar"
      className={cn(avatarVariants({ size }), className)}
      {...(decorative ? { "aria-hidden": true } : { role: "img", "aria-label": name })}
      {...props}
    >
      {getInitials(name)}
    </span>
  );
}
