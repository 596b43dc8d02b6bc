"use client";
import { useSyncExternalStore } from "react";

import { lookOf, type Edit, type EditStore, type RationaleLook } from "./edit-store";

/** The session the panel renders: re-renders on `set` only, never on a rationale keystroke. */
export function useSession(store: EditStore): Edit {
  return useSyncExternalStore(store.subscribe, store.session, store.session);
}

/**
 * The session as the rationale's marks show it, with the rationale's look: re-renders when the
 * rationale turns unsaved or saved, blank or not (and on `set`), not on the keystrokes between.
 * For the small parts that show those marks (the header's save state, the rationale's "changed"
 * mark, the verdict rules, the verdict's save bar).
 */
export function useShownEdit(store: EditStore): { edit: Edit; look: RationaleLook } {
  const edit = useSyncExternalStore(store.subscribe, store.shown, store.shown);
  return { edit, look: lookOf(edit) };
}
