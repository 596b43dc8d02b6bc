"use client";
// A search-as-you-type combobox (WAI-ARIA 1.2 combobox + listbox): the input keeps focus, arrow
// keys move the active option (aria-activedescendant), Enter picks it, Escape closes the list.
// Used by the speaker picker and the "another claim" evidence picker; results come from a
// server action, so stale answers are dropped (useServerSearch).
import { Loader2Icon } from "lucide-react";
import * as React from "react";
import { useEffect, useId, useRef, useState } from "react";

import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/** Debounced search through an async function; answers that arrive out of order are ignored. */
export function useServerSearch<T>(search: (q: string) => Promise<T[] | null>, query: string, enabled: boolean, delay = 200) {
  const [results, setResults] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const found = await searchRef.current(query).catch(() => null);
      if (mine !== seq.current) return;
      setLoading(false);
      setFailed(found === null);
      setResults(found ?? []);
    }, delay);
    return () => clearTimeout(timer);
  }, [query, enabled, delay]);
  return { results, loading, failed };
}

export interface ComboboxOption {
  key: string;
  /** What the option shows. */
  content: React.ReactNode;
  onSelect: () => void;
}

export interface ComboboxProps extends Omit<React.ComponentProps<"input">, "value" | "onChange" | "role"> {
  value: string;
  onValueChange: (value: string) => void;
  options: ComboboxOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  loading?: boolean;
  /** Shown in the list when there is no option (e.g. "No source matches"). */
  emptyText?: React.ReactNode;
  /** Accessible name of the list. */
  listLabel: string;
}

export function Combobox({ value, onValueChange, options, open, onOpenChange, loading, emptyText, listLabel, className, onKeyDown, onBlur, onFocus, ...inputProps }: ComboboxProps) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);
  const activeId = activeIndex >= 0 ? `${listId}-opt-${activeIndex}` : undefined;
  const showList = open && (options.length > 0 || loading || emptyText !== undefined);

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function handleKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) onOpenChange(true);
      else setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) + 1) % options.length));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) onOpenChange(true);
      else setActive((i) => (options.length === 0 ? 0 : (Math.min(i, options.length - 1) - 1 + options.length) % options.length));
    } else if (e.key === "Enter") {
      if (open && activeIndex >= 0) {
        e.preventDefault();
        options[activeIndex]?.onSelect();
      }
    } else if (e.key === "Escape") {
      if (open) {
        // Close the list only; the dialog or panel around stays.
        e.preventDefault();
        e.stopPropagation();
        onOpenChange(false);
      }
    }
  }

  return (
    <div className="relative">
      <div className="relative">
        <Input
          {...inputProps}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList ? activeId : undefined}
          autoComplete="off"
          value={value}
          className={cn(loading && "pr-8", className)}
          onChange={(e) => {
            onValueChange(e.target.value);
            setActive(0);
            onOpenChange(true);
          }}
          onFocus={(e) => {
            onFocus?.(e);
            onOpenChange(true);
          }}
          onBlur={(e) => {
            onBlur?.(e);
            onOpenChange(false);
          }}
          onKeyDown={handleKeyDown}
        />
        {loading ? <Loader2Icon className="absolute top-2.5 right-2.5 size-4 animate-spin text-muted-foreground" aria-hidden /> : null}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        // Busy while an answer is awaited: the options shown may still change.
        aria-busy={loading ? true : undefined}
        hidden={!showList}
        className="absolute inset-x-0 top-full z-40 mt-1 max-h-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            // Keep focus in the input: the click picks the option without blurring first.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => o.onSelect()}
            className={cn("cursor-default rounded-sm px-2 py-1.5 text-sm select-none", i === activeIndex && "bg-accent text-accent-foreground")}
          >
            {o.content}
          </li>
        ))}
        {options.length === 0 && !loading && emptyText !== undefined ? (
          <li role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
            {emptyText}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
