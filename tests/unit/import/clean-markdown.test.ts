import { describe, expect, it } from "vitest";
import { cleanArticle, cleanMarkdown } from "@/lib/import/clean";

describe("cleanMarkdown", () => {
  it("converts headings, paragraphs, lists, quotes and links; strips emphasis", () => {
    const md = [
      "# Le budget adopté",
      "",
      "Le conseil a adopté **lundi** un budget de _2,4 milliards_ d'euros,",
      "en hausse de 8 % ([source](https://example.org/budget \"Titre\")).",
      "",
      "Les grandes lignes",
      "------------------",
      "",
      "- 600 millions pour les *écoles*",
      "* 300 millions pour les `transports`",
      "",
      "1. Premier vote",
      "2. Second vote",
      "",
      "> Nous tenons nos engagements,",
      "> a dit la maire.",
      ">",
      "> Deuxième paragraphe cité.",
      "",
      "***",
      "",
      "![photo](https://example.org/x.jpg) Légende gardée, 5 * 3 = 15, snake_case.",
    ].join("\n");
    const r = cleanMarkdown(md);
    expect(r.blocks.map((b) => [b.type, b.level ?? b.ordered ?? null, b.text])).toEqual([
      ["heading", 1, "Le budget adopté"],
      ["paragraph", null, "Le conseil a adopté lundi un budget de 2,4 milliards d'euros, en hausse de 8 % (source)."],
      ["heading", 2, "Les grandes lignes"],
      ["list-item", false, "600 millions pour les écoles"],
      ["list-item", false, "300 millions pour les transports"],
      ["list-item", true, "Premier vote"],
      ["list-item", true, "Second vote"],
      ["quote", null, "Nous tenons nos engagements, a dit la maire."],
      ["quote", null, "Deuxième paragraphe cité."],
      ["paragraph", null, "Légende gardée, 5 * 3 = 15, snake_case."],
    ]);
    const p = r.blocks[1]!;
    expect(p.links).toEqual([{ start: p.text.indexOf("source"), end: p.text.indexOf("source") + 6, href: "https://example.org/budget" }]);
  });

  it("keeps only http(s)/mailto links, reference links included", () => {
    const r = cleanMarkdown("Voir [ici][doc], [là](javascript:alert(1)), <https://example.org/a> et [écrire](mailto:a@example.org).\n\n[doc]: https://example.org/doc");
    expect(r.text).toBe("Voir ici, là, https://example.org/a et écrire.");
    expect(r.blocks[0]!.links!.map((l) => l.href)).toEqual(["https://example.org/doc", "https://example.org/a", "mailto:a@example.org"]);
    expect(JSON.stringify(cleanArticle({ kind: "markdown", content: "[x](javascript:alert(1))" }).doc)).not.toContain("javascript");
  });

  it("applies the same boilerplate rules", () => {
    const r = cleanMarkdown("# Titre\n\n# Titre\n\nUn paragraphe de l'article, assez long pour être compté comme de la prose.\n\n**Partager sur Facebook**\n\n[Lire aussi : autre chose](https://example.org/autre)");
    expect(r.removed.map((x) => x.reason)).toEqual(["repeated-headline", "share", "related"]);
    expect(r.blocks).toHaveLength(2);
  });

  it("keeps fenced code as plain paragraphs and hard breaks", () => {
    const r = cleanMarkdown("```\nligne *1*\nligne 2\n```\n\nFin de ligne  \nsuite.");
    expect(r.blocks.map((b) => b.text)).toEqual(["ligne *1*\nligne 2", "Fin de ligne\nsuite."]);
  });
});
