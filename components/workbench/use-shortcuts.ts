"use client";
// Single-key shortcuts for the workbench (j, k, c, 1–9, /, e, ?, Esc). They never fire while the
// user types: in an input, a textarea, a select, anything contenteditable (the article in edit
// mode, the rationale editor), or while a modal dialog other than ours is open. Keys are read
// from `event.key`, so they work on AZERTY too (where "/", "?" and digits need Shift).
import { useEffect, useRef } from "react";

export type ShortcutHandlers = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** True when the key press belongs to something the user is typing into. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(type);
  }
  // Radix selects and comboboxes take letters for type-ahead.
  const role = target.getAttribute("role");
  return role === "combobox" || role === "listbox" || role === "option" || role === "menuitem" || role === "menu";
}

/**
 * Calls `handlers[key]` on a key press outside any text field. `Escape` is handled even when
 * focus is in the claim search box (to leave it); letters never are. Handlers are read at call
 * time, so passing a new object on every render costs nothing.
 */
export function useShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const key = event.key === "Esc" ? "Escape" : event.key;
      const typing = isTypingTarget(event.target);
      if (typing && !(key === "Escape" && event.target instanceof HTMLElement && event.target.dataset.shortcutEscape === "true")) return;
      // A dialog (confirmations, the help, a picker) owns the keyboard while it is open.
      // (The workbench's own claims sheet on narrow screens is not one of them.)
      if (document.querySelector('[role="dialog"][data-state="open"]:not([data-workbench-side]), [role="alertdialog"][data-state="open"]')) return;
      const handler = ref.current[key.length === 1 ? key.toLowerCase() : key] ?? ref.current[key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
