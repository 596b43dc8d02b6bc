// The five real articles in ../shared/corpus (never copied into the repository): decoded and cleaned
// as a text import, they must lose their page boilerplate and keep everything else — headline once,
// « », non-breaking spaces, French detected. Skipped, with a message, where the corpus is absent.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blocksToText, cleanArticle, matchKey } from "@/lib/import/clean";
import { decodeText } from "@/lib/import/decode";

const CORPUS = path.resolve("../shared/corpus");
const exists = existsSync(CORPUS) && readdirSync(CORPUS).some((f) => f.endsWith(".txt"));
if (!exists) console.warn(`corpus tests skipped: ${CORPUS} not found (see ../shared/corpus/README.md)`);

const files = exists ? readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort() : [];
const count = (s: string, needle: string) => s.split(needle).length - 1;
const linesOf = (s: string) => s.split("\n").map((l) => l.trim()).filter((l) => l !== "");
// Short share / follow / comment / "most read" lines, as a reader would spot them (test-side only).
const SHORT_BOILERPLATE = /r[ée]seaux|partag|\bshare\b|comment|kommentar|\+ ?lus|plus lus/i;

describe.skipIf(!exists)("corpus", () => {
  it("has the five articles", () => {
    expect(files).toHaveLength(5);
  });

  describe.each(files)("%s", (file) => {
    const bytes = readFileSync(path.join(CORPUS, file));
    const { text: raw, encoding } = decodeText(bytes);
    const r = cleanArticle({ kind: "text", content: raw, fileName: file });
    const kept = linesOf(r.text);
    const removedText = r.removed.map((x) => x.text).join("\n");

    it("decodes as UTF-8 and cleans into a valid document", () => {
      expect(encoding).toBe("utf-8");
      expect(r.text).toBe(blocksToText(r.blocks));
      expect(r.doc.type).toBe("doc");
      expect(r.blocks.length).toBeGreaterThan(3);
    });

    it("drops short share, comment and most-read lines, and nothing long", () => {
      for (const line of linesOf(raw)) {
        if (line.split(/\s+/).length <= 6 && SHORT_BOILERPLATE.test(line)) {
          expect(kept).not.toContain(line);
          expect(r.removed.map((x) => x.text)).toContain(line);
        }
      }
      for (const x of r.removed) expect(x.text.split(/\s+/).length).toBeLessThanOrEqual(25);
    });

    it("keeps the headline (or the opening line) exactly once", () => {
      const first = r.blocks[0]!;
      // 001 has no headline: it opens with its first paragraph.
      if (first.type === "heading") expect(r.metadata.title).toBe(first.text);
      else expect(first.text.startsWith(r.metadata.title!.replace(/…$/, ""))).toBe(true);
      expect(kept.filter((l) => matchKey(l) === matchKey(first.text))).toHaveLength(1);
      const firstLine = linesOf(raw)[0]!;
      expect(kept.filter((l) => matchKey(l) === matchKey(firstLine)).length).toBeLessThanOrEqual(1);
    });

    it("keeps « », U+00A0 and every non-removed character of typography", () => {
      for (const ch of ["«", "»", "\u00A0", "’", "%"]) {
        expect(count(r.text, ch)).toBe(count(raw, ch) - count(removedText, ch));
      }
    });

    it("detects French", () => {
      expect(r.metadata.language).toBe("fr");
      expect(r.metadata.wordCount).toBeGreaterThan(200);
    });
  });

  it("002: page chrome and comment form are removed, each with its reason", () => {
    const file = files.find((f) => f.startsWith("002_"))!;
    const r = cleanArticle({ kind: "text", content: decodeText(readFileSync(path.join(CORPUS, file))).text });
    const reasons = new Map(r.removed.map((x) => [x.text, x.reason]));
    expect(reasons.get("Nous rejoindre sur les réseaux")).toBe("share");
    expect(reasons.get("Click to comment")).toBe("comments");
    expect(reasons.get("Laisser un commentaire")).toBe("comments");
    expect(reasons.get("Les + Lus")).toBe("most-read");
    expect([...reasons.entries()].find(([t]) => t.startsWith("Votre adresse e-mail"))?.[1]).toBe("comments");
    expect(reasons.get("Monde")).toBe("navigation");
    // The second, reworded headline goes as a near copy; the article's own text stays whole.
    expect(r.removed.filter((x) => x.reason === "repeated-headline")).toHaveLength(1);
    expect(r.text).toContain("«\u00A0encerclées\u00A0»");
    expect(r.text).toMatch(/130 drones.*126 drones/s);
    expect(r.text).toContain("343 drones");
  });

  it("003: \"46 %\" is kept as written", () => {
    const file = files.find((f) => f.startsWith("003_"))!;
    const raw = decodeText(readFileSync(path.join(CORPUS, file))).text;
    const written = raw.match(/46[ \u00A0\u202F]%/)![0];
    expect(cleanArticle({ kind: "text", content: raw }).text).toContain(written);
  });

  it("004: repeated headline and German footer go; broken paragraphs are joined", () => {
    const file = files.find((f) => f.startsWith("004_"))!;
    const raw = decodeText(readFileSync(path.join(CORPUS, file))).text;
    const r = cleanArticle({ kind: "text", content: raw });
    expect(r.removed.map((x) => [x.reason, x.rule])).toEqual([
      ["repeated-headline", "duplicate-line"],
      ["comments", "comment-prompt"],
    ]);
    expect(r.removed[1]!.text).toBe("Kommentare (0)");
    expect(r.text).not.toContain("Kommentare");
    expect(r.text).toContain("La visite soigneusement mise en scène de Poutine semblait");
    expect(r.text).toContain("Poutine a ajouté des soldats ukrainiens");
  });
});
