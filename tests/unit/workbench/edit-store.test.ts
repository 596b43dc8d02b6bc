// The claim panel's session store, seen from its two kinds of readers: the panel itself (which
// renders `session`, and must not redraw while the rationale is typed, not even when the rationale
// turns unsaved) and the few small parts that show the rationale's state (which read `shown` and
// its look: the header's "Unsaved changes", the rationale's "changed" mark, the verdict rules and
// the verdict's save bar). A reader re-renders when its snapshot changes, as with
// useSyncExternalStore; the helper below counts exactly that.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";

import { draftOf } from "@/components/workbench/claim-panel/claim-draft";
import { createEditStore, lookOf, rationaleLook, type Edit, type EditStore } from "@/components/workbench/claim-panel/edit-store";
import type { ClaimDTO } from "@/lib/claims/types";

import { claimDTO } from "../../helpers/claim-dto";

const savedText = "D’après l’ISW, l’armée russe contrôle 64\u00A0% de la zone «\u00A0reprise\u00A0».";
const para = (text: string): JSONContent => ({ type: "doc", content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }] });

const claim = (over: Partial<ClaimDTO> = {}) => claimDTO({ rationale: para(savedText), rationaleText: savedText, ...over });

/** How many times a reader of `snapshot` would re-render (its snapshot changed when told). */
function reader(store: EditStore, snapshot: () => unknown) {
  let last = snapshot();
  let renders = 0;
  store.subscribe(() => {
    const next = snapshot();
    if (!Object.is(next, last)) renders++;
    last = next;
  });
  return () => renders;
}

function setup(c: ClaimDTO = claim()) {
  const store = createEditStore({ started: c, draft: draftOf(c) });
  return { store, panel: reader(store, store.session), marks: reader(store, store.shown) };
}

/** Types `text` into the rationale one character at a time, starting from the current one. */
function type(store: EditStore, text: string) {
  for (const ch of text) {
    const t = store.get().draft.rationaleText + ch;
    store.setRationale(para(t), t);
  }
}

describe("edit store: the panel and the rationale's marks", () => {
  it("a rationale typed into never re-renders the panel; its marks redraw once, when it turns unsaved", () => {
    const { store, panel, marks } = setup(claim({ rationale: null, rationaleText: "" }));
    const before = store.session();
    type(store, "La Russie affirme, mais l’ISW estime 64\u00A0% ");
    expect(panel()).toBe(0);
    expect(marks()).toBe(1);
    expect(store.session()).toBe(before);
    expect(store.get().draft.rationaleText).toBe("La Russie affirme, mais l’ISW estime 64\u00A0% ");
    expect(lookOf(store.shown())).toEqual({ changed: true, blank: false });
    // The marks read the look of `shown`, which is always the look of the latest edit.
    expect(rationaleLook(store.shown())).toBe(rationaleLook(store.get()));
  });

  it("redraws the marks when the rationale is typed back to the saved text, and when it is emptied", () => {
    const { store, panel, marks } = setup();
    type(store, " Mais");
    expect(lookOf(store.shown()).changed).toBe(true);
    store.setRationale(para(savedText), savedText);
    expect(marks()).toBe(2);
    expect(lookOf(store.shown())).toEqual({ changed: false, blank: false });
    store.setRationale(para(""), "");
    expect(marks()).toBe(3);
    expect(lookOf(store.shown())).toEqual({ changed: true, blank: true });
    expect(panel()).toBe(0);
  });

  it("any other change re-renders the panel with the rationale typed so far", () => {
    const { store, panel } = setup();
    type(store, " Le ministère dément.");
    const cur = store.get();
    store.set({ ...cur, draft: { ...cur.draft, verdictId: "00000000-0000-7000-8000-0000000000a6" } });
    expect(panel()).toBe(1);
    expect(store.session()).toBe(store.get());
    expect(store.shown()).toBe(store.get());
    expect(store.session().draft.rationaleText).toBe(`${savedText} Le ministère dément.`);
  });

  it("a saved rationale is no longer unsaved: the look follows the claim the session started from", () => {
    const { store, marks } = setup();
    type(store, " Mais");
    const typed = store.get().draft;
    const savedNow = claim({ version: 4, rationale: typed.rationale, rationaleText: typed.rationaleText });
    store.set({ started: savedNow, draft: typed });
    expect(lookOf(store.shown())).toEqual({ changed: false, blank: false });
    expect(marks()).toBe(2);
    type(store, "!");
    expect(lookOf(store.shown()).changed).toBe(true);
  });

  it("compares rationales by meaning: a link's target/rel and empty attributes do not make it unsaved", () => {
    const linked = (extra: Record<string, unknown>): JSONContent => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "ISW", marks: [{ type: "link", attrs: { href: "https://www.understandingwar.org/", ...extra } }] }] }],
    });
    const c = claim({ rationale: linked({ target: "_blank", rel: "noopener noreferrer nofollow" }), rationaleText: "ISW" });
    const edit: Edit = { started: c, draft: { ...draftOf(c), rationale: linked({ class: null }) } };
    expect(lookOf(edit)).toEqual({ changed: false, blank: false });
    // Computed once per edit: the parts reading it share one answer.
    expect(lookOf(edit)).toBe(lookOf(edit));
  });
});
