// The claim panel's editing session as a small external store (read with useSyncExternalStore).
//
// It holds two copies of the session: the latest one, which saves, conflicts and the unsaved-edits
// memory always read, and the one React renders. They are the same except while the rationale is
// being typed: a keystroke there only changes the latest copy, unless it changes something the
// panel shows about the rationale (whether it differs from the saved one, whether it is empty —
// what the "unsaved" marks, the save bar and the verdict rules depend on). The rich-text editor
// shows its own text, so a keystroke re-renders nothing but the editor; the whole panel (its
// selects, pickers, dialogs) used to re-render on each one, over 16 ms on a slow machine.
import type { ClaimDTO } from "@/lib/claims/types";

import { canonicalRationale, type ClaimDraft } from "./claim-draft";

export interface Edit {
  /** The claim as the server last gave it: its version goes with every save. */
  started: ClaimDTO;
  draft: ClaimDraft;
}

export interface EditStore {
  /** The latest session (ahead of `shown` while the rationale is typed). */
  get: () => Edit;
  /** The session React renders. */
  shown: () => Edit;
  subscribe: (listener: () => void) => () => void;
  /** Replaces the session and re-renders the panel. */
  set: (next: Edit) => void;
  /**
   * A change of the rationale only: the panel re-renders when what it shows about the rationale
   * changes, else only the latest copy moves on.
   */
  setRationale: (rationale: ClaimDraft["rationale"], rationaleText: string) => void;
  /** Replaces the latest session without re-rendering (the panel is going away). */
  replaceQuietly: (next: Edit) => void;
}

/** What the panel shows about a rationale: whether it differs from the saved one, and whether it is blank. */
export function rationaleLook(edit: Edit): string {
  const mine = canonicalRationale(edit.draft.rationale, edit.draft.rationaleText);
  const saved = canonicalRationale(edit.started.rationale, edit.started.rationaleText);
  return `${mine === saved ? "same" : "changed"}:${edit.draft.rationaleText.trim() === "" ? "blank" : "text"}`;
}

export function createEditStore(initial: Edit): EditStore {
  let latest = initial;
  let shown = initial;
  let shownLook: string | null = null;
  const listeners = new Set<() => void>();
  const show = (next: Edit) => {
    latest = next;
    shown = next;
    shownLook = null;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => latest,
    shown: () => shown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: show,
    setRationale: (rationale, rationaleText) => {
      const next: Edit = { started: latest.started, draft: { ...latest.draft, rationale, rationaleText } };
      shownLook ??= rationaleLook(shown);
      // Anything else that differs between the two copies would be a change React has not shown.
      const onlyRationale = latest.started === shown.started && Object.keys(next.draft).every((k) => k === "rationale" || k === "rationaleText" || next.draft[k as keyof ClaimDraft] === shown.draft[k as keyof ClaimDraft]);
      if (onlyRationale && rationaleLook(next) === shownLook) latest = next;
      else show(next);
    },
    replaceQuietly: (next) => {
      latest = next;
    },
  };
}
