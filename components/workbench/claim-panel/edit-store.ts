// The claim panel's editing session as a small external store (read with useSyncExternalStore).
//
// It holds three copies of the session, the same except while the rationale is being typed:
//  - the latest one (`get`), which saves, conflicts and the unsaved-edits memory always read;
//  - the one the rationale's marks are drawn from (`shown`): it follows a rationale keystroke only
//    when that changes what the panel shows about the rationale (whether it differs from the saved
//    one, whether it is blank — the "unsaved" marks, the save bar and the verdict rules);
//  - the one the panel itself renders (`session`): it moves with `set` only, never with a
//    rationale keystroke.
// So a keystroke in the rationale re-renders nothing but the editor (which shows its own text),
// and the keystroke that turns the rationale unsaved re-renders only the few small parts that
// subscribe to `shown` — not the whole panel with its selects, pickers and dialogs, which took
// 20–50 ms on the 2-core box for that one keystroke.
import type { ClaimDTO } from "@/lib/claims/types";

import { canonicalRationale, type ClaimDraft } from "./claim-draft";

export interface Edit {
  /** The claim as the server last gave it: its version goes with every save. */
  started: ClaimDTO;
  draft: ClaimDraft;
}

export interface EditStore {
  /** The latest session (ahead of the others while the rationale is typed). */
  get: () => Edit;
  /** The session the rationale's marks are drawn from: ahead of `session` by rationale keystrokes that changed its look. */
  shown: () => Edit;
  /** The session the panel renders: replaced by `set` only. */
  session: () => Edit;
  subscribe: (listener: () => void) => () => void;
  /** Replaces the session and re-renders the panel. */
  set: (next: Edit) => void;
  /**
   * A change of the rationale only: moves `shown` on (and tells the subscribers) when what the
   * panel shows about the rationale changes, else only the latest copy moves on.
   */
  setRationale: (rationale: ClaimDraft["rationale"], rationaleText: string) => void;
  /** Replaces the latest session without re-rendering (the panel is going away). */
  replaceQuietly: (next: Edit) => void;
}

/** What the panel shows about a rationale. */
export interface RationaleLook {
  /** It differs from the saved one (the rationale has unsaved edits). */
  changed: boolean;
  /** It has no text (what the verdict rules look at). */
  blank: boolean;
}

// Both caches are keyed by immutable objects: an Edit and a claim are replaced, never changed.
const savedCanonical = new WeakMap<ClaimDTO, string | null>();
const looks = new WeakMap<Edit, RationaleLook>();

/** What the panel shows about the rationale of `edit` (computed once per edit). */
export function lookOf(edit: Edit): RationaleLook {
  let look = looks.get(edit);
  if (!look) {
    let saved = savedCanonical.get(edit.started);
    if (saved === undefined) {
      saved = canonicalRationale(edit.started.rationale, edit.started.rationaleText);
      savedCanonical.set(edit.started, saved);
    }
    look = { changed: canonicalRationale(edit.draft.rationale, edit.draft.rationaleText) !== saved, blank: edit.draft.rationaleText.trim() === "" };
    looks.set(edit, look);
  }
  return look;
}

/** What the panel shows about a rationale, as a key: "same" or "changed", "blank" or "text". */
export function rationaleLook(edit: Edit): string {
  const { changed, blank } = lookOf(edit);
  return `${changed ? "changed" : "same"}:${blank ? "blank" : "text"}`;
}

export function createEditStore(initial: Edit): EditStore {
  let latest = initial;
  let shown = initial;
  let session = initial;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const show = (next: Edit) => {
    latest = next;
    shown = next;
    session = next;
    notify();
  };
  return {
    get: () => latest,
    shown: () => shown,
    session: () => session,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: show,
    setRationale: (rationale, rationaleText) => {
      const next: Edit = { started: latest.started, draft: { ...latest.draft, rationale, rationaleText } };
      // Anything else that differs from the rendered session would be a change React has not shown.
      const onlyRationale = latest.started === session.started && Object.keys(next.draft).every((k) => k === "rationale" || k === "rationaleText" || next.draft[k as keyof ClaimDraft] === session.draft[k as keyof ClaimDraft]);
      if (!onlyRationale) return show(next);
      latest = next;
      const was = lookOf(shown);
      const now = lookOf(next);
      if (now.changed === was.changed && now.blank === was.blank) return;
      shown = next;
      notify();
    },
    replaceQuietly: (next) => {
      latest = next;
    },
  };
}
