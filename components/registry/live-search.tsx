"use client";
// Search-as-you-type inside a dialog (find the entity or source to merge with, the claim to link):
// the query goes to a search action after a short pause, and only the latest answer is shown. The
// field below says how many were found, or what went wrong, to screen readers too.
import { Loader2Icon, SearchIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionState } from "@/lib/actions/state";

const DEBOUNCE_MS = 200;

export interface LiveSearch<T> {
  results: T[];
  searching: boolean;
  /** The failed search's message; the previous results stay. */
  error: string | null;
}

/**
 * Runs `search(q)` 200 ms after `q` last changed (and again whenever `refresh` changes, e.g. after
 * linking one of the results). `search` may be a new function on every render.
 */
export function useLiveSearch<T>(search: (q: string) => Promise<ActionState<T[]>>, q: string, refresh: unknown = null): LiveSearch<T> {
  const tc = useTranslations("common");
  const [results, setResults] = useState<T[]>([]);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const run = useEffectEvent((query: string) => search(query));

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await run(q);
      if (mine !== seq.current) return;
      setSearching(false);
      if (result.status === "error") {
        setError(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      setError(null);
      setResults(result.data ?? []);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, refresh, tc]);

  return { results, searching, error };
}

/** The labelled search box of a live search, with its spinner and its live status line. */
export function LiveSearchField({
  label,
  placeholder,
  value,
  onChange,
  search,
  found,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (q: string) => void;
  search: LiveSearch<unknown>;
  /** What the status line says once the results are in ("3 sources found."). */
  found: string;
}) {
  const tc = useTranslations("common");
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={`${id}-q`}>{label}</Label>
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          id={`${id}-q`}
          type="search"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          placeholder={placeholder}
          className="pl-8"
          autoComplete="off"
          maxLength={200}
          aria-describedby={`${id}-status`}
        />
        {search.searching && (
          <Loader2Icon className="absolute top-1/2 right-2.5 size-4 -translate-y-1/2 animate-spin text-muted-foreground" aria-hidden />
        )}
      </div>
      <p id={`${id}-status`} className="text-[13px] text-muted-foreground" aria-live="polite">
        {search.error ?? (search.searching ? tc("loading") : found)}
      </p>
    </div>
  );
}
