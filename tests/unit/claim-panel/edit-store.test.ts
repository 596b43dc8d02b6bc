// The claim panel's session store: a keystroke in the rationale moves the latest edit on (what
// saves read) and re-renders the panel only when what the panel shows about the rationale
// changes — unsaved or not, blank or not.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";

import { draftOf } from "@/components/workbench/claim-panel/claim-draft";
import { createEditStore, rationaleLook } from "@/components/workbench/claim-panel/edit-store";
import type { ClaimDTO } from "@/lib/claims/types";

import { claimDTO } from "../../helpers/claim-dto";

const saved: JSONContent = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Selon l’ISW, l’armée russe contrôle 64\u00A0% de la zone." }] }] };

const claim = (over: Partial<ClaimDTO> = {}) => claimDTO({ rationale: saved, rationaleText: "Selon l’ISW, l’armée russe contrôle 64\u00A0% de la zone.", ...over });

const para = (text: string): JSONContent => ({ type: "doc", content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }] });

function setup(c: ClaimDTO = claim()) {
  const store = createEditStore({ started: c, draft: draftOf(c) });
  let renders = 0;
  store.subscribe(() => renders++);
  return { store, renders: () => renders };
}

describe("edit store", () => {
  it("re-renders on the first change of the rationale, not on the keystrokes after it", () => {
    const { store, renders } = setup();
    const text = "Selon l’ISW, l’armée russe contrôle 64\u00A0% de la zone. Mais";
    store.setRationale(para(text), text);
    expect(renders()).toBe(1);
    expect(store.shown()).toBe(store.get());
    for (const more of [" le", " ministère", " dément."]) {
      const t = store.get().draft.rationaleText + more;
      store.setRationale(para(t), t);
    }
    expect(renders()).toBe(1);
    expect(store.get().draft.rationaleText).toBe(`${text} le ministère dément.`);
    // The rendered copy is the one of the first keystroke: same marks, older words.
    expect(store.shown().draft.rationaleText).toBe(text);
    expect(rationaleLook(store.shown())).toBe(rationaleLook(store.get()));
  });

  it("re-renders when the rationale becomes blank, and when it is back to the saved text", () => {
    const { store, renders } = setup(claim({ rationale: null, rationaleText: "" }));
    store.setRationale(para("S"), "S");
    store.setRationale(para("Se"), "Se");
    expect(renders()).toBe(1);
    store.setRationale(para(""), "");
    expect(renders()).toBe(2);
    expect(rationaleLook(store.shown())).toBe("same:blank");

    const other = setup();
    const t = "Selon l’ISW, l’armée russe contrôle 64\u00A0% de la zone";
    other.store.setRationale(para(t), t);
    expect(other.renders()).toBe(1);
    other.store.setRationale(saved, "Selon l’ISW, l’armée russe contrôle 64\u00A0% de la zone.");
    expect(other.renders()).toBe(2);
    expect(rationaleLook(other.store.shown())).toBe("same:text");
  });

  it("shows every other change at once, with the rationale typed so far", () => {
    const { store, renders } = setup();
    store.setRationale(para("Autre chose"), "Autre chose");
    store.setRationale(para("Autre chose encore"), "Autre chose encore");
    expect(renders()).toBe(1);
    const cur = store.get();
    store.set({ ...cur, draft: { ...cur.draft, statement: "La Russie affirme avoir repris 86\u00A0% de la région" } });
    expect(renders()).toBe(2);
    expect(store.shown()).toBe(store.get());
    expect(store.shown().draft.rationaleText).toBe("Autre chose encore");
    expect(store.shown().draft.statement).toBe("La Russie affirme avoir repris 86\u00A0% de la région");
  });

  it("replaces the latest edit quietly (a deleted claim's session)", () => {
    const { store, renders } = setup();
    const before = store.shown();
    store.replaceQuietly({ started: before.started, draft: { ...before.draft, statement: "x" } });
    expect(renders()).toBe(0);
    expect(store.get().draft.statement).toBe("x");
    expect(store.shown()).toBe(before);
  });

  it("stops telling a listener once it unsubscribed", () => {
    const store = createEditStore({ started: claim(), draft: draftOf(claim()) });
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set(store.get());
    off();
    store.set(store.get());
    expect(calls).toBe(1);
  });
});
