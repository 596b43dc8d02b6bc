import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { listSummary, type ListSummary } from "@/components/workbench/claims-list";
import { messagesFor } from "@/lib/i18n/messages";

const NNBSP = "\u202F";
// Messages are not typed (lib/i18n/next-intl.d.ts): the translator is called as the component calls it.
type Translate = (key: string, values?: Record<string, string | number>) => string;
const translator = (locale: "en" | "fr") => createTranslator({ locale, messages: messagesFor(locale), namespace: "workbench" }) as unknown as Translate;
const say = (locale: "en" | "fr", s: ListSummary) => translator(locale)(s.key, s.values);

describe("claims list summary", () => {
  it("counts the claims listed in text order, not the orphans below them", () => {
    const s = listSummary({ anchored: 2, orphans: 1, total: 3, filtered: false });
    expect(say("en", s)).toBe("2 claims in text order");
    expect(say("fr", s)).toBe("2 affirmations dans l’ordre du texte");
  });

  it("says there are none in text order when the article's only claim is orphaned", () => {
    const s = listSummary({ anchored: 0, orphans: 1, total: 1, filtered: false });
    expect(say("en", s)).toBe("No claims in text order");
    expect(say("fr", s)).toBe("Aucune affirmation dans l’ordre du texte");
  });

  it("counts placed and orphaned claims the filters let through against all of them", () => {
    expect(say("en", listSummary({ anchored: 0, orphans: 1, total: 4, filtered: true }))).toBe("1 of 4 shown");
    expect(say("fr", listSummary({ anchored: 2, orphans: 1, total: 4, filtered: true }))).toBe("3 sur 4 affichées");
  });

  it("explains an article whose claims are all orphaned, in the right number", () => {
    const t = (locale: "en" | "fr", count: number) => translator(locale)("list.allOrphaned", { count });
    expect(t("en", 1)).toBe("This article’s only claim is not in this version of the text: it is listed below as orphaned.");
    expect(t("en", 3)).toMatch(/^None of this article’s 3 claims is in this version/);
    expect(t("fr", 1)).toBe(`La seule affirmation de cet article ne figure pas dans cette version du texte${NNBSP}: elle est listée ci-dessous comme orpheline.`);
    expect(t("fr", 2)).toMatch(/^Aucune des 2 affirmations .* orphelines\.$/);
  });
});
