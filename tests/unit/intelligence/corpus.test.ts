// The annotated articles of ../shared/corpus (never copied into the repository), cleaned as an
// import would clean them: the suggestions must keep recall ≥ 0.9 at precision ≥ 0.6 against
// gold-claims.json (the figures `npm run eval:claims` prints). Skipped, with a message, where the
// corpus is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "@/lib/import/clean";
import { decodeText } from "@/lib/import/decode";
import { suggest } from "@/lib/intelligence";
import { Scorer, locate, type GoldClaim } from "@/lib/intelligence/eval";

const CORPUS = path.resolve("../shared/corpus");
const GOLD = path.join(CORPUS, "gold-claims.json");
const exists = existsSync(GOLD);
if (!exists) console.warn(`claim-suggestion corpus test skipped: ${GOLD} not found (see ../shared/corpus/README.md)`);

const load = (file: string) => cleanArticle({ kind: "text", content: decodeText(readFileSync(path.join(CORPUS, file))).text, fileName: file }).text;

describe.skipIf(!exists)("claim suggestions on the annotated corpus", () => {
  const gold = exists ? (JSON.parse(readFileSync(GOLD, "utf8")) as GoldClaim[]) : [];

  it("reaches recall ≥ 0.9 at precision ≥ 0.6", () => {
    const scorer = new Scorer();
    for (const file of [...new Set(gold.map((g) => g.file))]) {
      const text = load(file);
      const spans = gold.filter((g) => g.file === file).map((g) => ({ ...(locate(text, g.exact, g.start) ?? { start: -2, end: -1 }), kind: g.kind }));
      scorer.add(suggest(text, { language: "fr" }), spans);
    }
    const { overall } = scorer.scores();
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(overall.precision).toBeGreaterThanOrEqual(0.6);
  });

  it("every suggestion's offsets read its quote in the cleaned text", () => {
    for (const file of [...new Set(gold.map((g) => g.file))]) {
      const text = load(file);
      for (const s of suggest(text, { language: "fr" })) {
        expect(text.slice(s.start, s.end)).toBe(s.quote);
        for (const q of s.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }
  });
});
