"use client";
// A select over a short fixed list of options, each with an optional icon: an entity's type, a
// source's kind, a filter. The trigger writes the chosen option's label itself, because Radix only
// fills SelectValue once the options have mounted, which left a server-rendered trigger blank
// until hydration.
import type * as React from "react";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export interface SelectOption {
  value: string;
  label: string;
  /** Drawn before the label in the list, e.g. `<UserIcon aria-hidden className="text-muted-foreground" />`. */
  icon?: React.ReactNode;
}

export function OptionSelect({
  options,
  value,
  onValueChange,
  name,
  trigger,
}: {
  options: readonly SelectOption[];
  value: string;
  onValueChange: (value: string) => void;
  /** Set inside a form: the select then posts its value under this name. */
  name?: string;
  /** Props for the trigger: its id and ARIA wiring (FormField's control props, or just an id). */
  trigger: React.ComponentProps<typeof SelectTrigger>;
}) {
  return (
    <Select name={name} value={value} onValueChange={onValueChange}>
      <SelectTrigger {...trigger} className="w-full">
        <SelectValue>{options.find((o) => o.value === value)?.label ?? value}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {options.map((o) => (
          <SelectItem key={o.value} value={o.value}>
            {o.icon}
            {o.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
