// A record refused as a duplicate: the action answers `conflict` with `details.existing`, the
// record that already has that name, and the form links to it.
import Link from "next/link";
import type * as React from "react";

import type { ActionState } from "@/lib/actions/state";

export interface ExistingRecord {
  id: string;
  name: string;
}

/** The record a `conflict` answer names, if any. */
export function existingRecord(state: ActionState<unknown>): ExistingRecord | null {
  if (state.status !== "error" || state.code !== "conflict") return null;
  return (state.details as { existing?: ExistingRecord } | undefined)?.existing ?? null;
}

/** "Open “…”", under the name field. */
export function ExistingRecordLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="-mt-2 text-sm">
      <Link href={href} className="font-medium text-primary underline-offset-4 hover:underline">
        {children}
      </Link>
    </p>
  );
}
