import { describe, expect, it } from "vitest";
import { blockRanges, blocksToDoc, blocksToText, cleanPlainText, matchKey, normaliseText } from "@/lib/import/clean";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("normaliseText", () => {
  it("normalises line endings, NFC, trailing spaces and runs of blank lines", () => {
    const raw = "Cafe\u0301 cre\u0300me  \r\nsecond\t\rthird\u2028\n\n\n\n\n\nlast\u200B line\u00AD  \n\n";
    expect(normaliseText(raw)).toBe("Café crème\nsecond\nthird\n\n\nlast line");
  });

  it("keeps U+00A0 and U+202F, including at a line end", () => {
    const s = `«${NBSP}Oui${NBSP}», 46${NNBSP}%${NBSP}`;
    expect(normaliseText(s)).toBe(s);
  });

  it("strips a leading BOM and C1 control characters", () => {
    expect(normaliseText("\uFEFFTexte\u0085suite\u0092")).toBe("Texte\nsuite");
  });
});

describe("matchKey", () => {
  it("ignores NBSP, narrow NBSP, whitespace runs, case, accents and typographic quotes", () => {
    expect(matchKey(`«${NBSP}L’ÉTÉ   à${NNBSP}46${NBSP}%${NBSP}»`)).toBe(`" l'ete a 46 % "`);
    expect(matchKey(`«${NBSP}L’ÉTÉ à 46${NBSP}%${NBSP}»`)).toBe(matchKey(`« l'été à 46 % »`));
    expect(matchKey(" Les \t+\n Lus ")).toBe("les + lus");
    expect(matchKey(`46${NBSP}%`)).not.toContain(NBSP);
  });
});

describe("cleanPlainText — structure", () => {
  it("reads a headline, subheadings, paragraphs, list items and quotes", () => {
    const r = cleanPlainText(
      [
        "La ville adopte un budget record",
        "Le conseil municipal a adopté lundi un budget de 2,4 milliards d'euros, en hausse de 8 % sur un an.",
        "Les grandes lignes",
        "- 600 millions pour les écoles",
        "- 300 millions pour les transports",
        "> Nous tenons nos engagements, a dit la maire.",
        "L'opposition a voté contre, dénonçant une hausse de la dette.",
      ].join("\n\n"),
    );
    expect(r.blocks.map((b) => [b.type, b.level ?? b.ordered ?? null])).toEqual([
      ["heading", 1],
      ["paragraph", null],
      ["heading", 2],
      ["list-item", false],
      ["list-item", false],
      ["quote", null],
      ["paragraph", null],
    ]);
    expect(r.blocks[3]!.text).toBe("600 millions pour les écoles");
  });

  it("recognises numbered lists but not a German date", () => {
    const r = cleanPlainText("Berlin\n\n21. November 2025\n\nDer Bundestag hat am Freitag das Gesetz verabschiedet, wie die Präsidentin mitteilte.\n\n1. Erstens\n2. Zweitens");
    expect(r.blocks.map((b) => b.type)).toEqual(["heading", "heading", "paragraph", "list-item", "list-item"]);
    expect(r.blocks[1]!.text).toBe("21. November 2025");
    expect(r.blocks[3]).toMatchObject({ text: "Erstens", ordered: true });
  });

  it("text is exactly the blocks joined by blank lines, and block ranges index into it", () => {
    const r = cleanPlainText("Titre\n\nPremier paragraphe de l'article, assez long pour être de la prose.\n\n- point\n\nPartager sur X\n\nDernier paragraphe.");
    expect(r.text).toBe(blocksToText(r.blocks));
    blockRanges(r.blocks).forEach((range, i) => expect(r.text.slice(range.start, range.end)).toBe(r.blocks[i]!.text));
  });

  it("handles empty and whitespace-only input", () => {
    for (const raw of ["", "   \n\t\n ", NBSP]) {
      const r = cleanPlainText(raw);
      expect(r).toEqual({ text: "", blocks: [], removed: [] });
      expect(blocksToDoc(r.blocks)).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    }
  });
});

describe("cleanPlainText — repeated headline", () => {
  const body = "Le ministre a annoncé mardi une réforme de l'assurance chômage, qui entrera en vigueur au printemps prochain.";

  it("removes an exact repeat once", () => {
    const r = cleanPlainText(`Réforme de l'assurance chômage\n\nRéforme de l'assurance chômage\n\n${body}`);
    expect(r.text.match(/Réforme de l'assurance chômage/g)).toHaveLength(1);
    expect(r.removed).toMatchObject([{ reason: "repeated-headline", rule: "duplicate-line", position: 1 }]);
  });

  it("removes a repeat that differs only by case, accents and spacing", () => {
    const r = cleanPlainText(`Réforme de l'assurance chômage\nREFORME  DE L’ASSURANCE${NBSP}CHOMAGE\n${body}`);
    expect(r.blocks.map((b) => b.text)).toEqual(["Réforme de l'assurance chômage", body]);
  });

  it("removes a copy of the given title but keeps the first one", () => {
    const r = cleanPlainText(`Partager\n\nLa réforme\n\nLa réforme\n\nla réforme\n\n${body}`, { title: "La Réforme" });
    expect(r.text).toBe(`La réforme\n\n${body}`);
    expect(r.removed.map((x) => x.reason)).toEqual(["share", "repeated-headline", "repeated-headline"]);
  });

  it("removes a near copy of the headline placed right under it", () => {
    const r = cleanPlainText(
      `Le Parlement adopte la réforme des retraites après un vote serré\n\nRetraites : le Parlement adopte la réforme après un vote très serré\n\n${body}`,
    );
    expect(r.blocks).toHaveLength(2);
    expect(r.removed).toMatchObject([{ reason: "repeated-headline", rule: "headline-variant" }]);
  });

  it("keeps a standfirst that says something else, and a headline repeated in the body", () => {
    const standfirst = "Le texte, contesté par les syndicats, a été adopté par 289 voix contre 250.";
    const r = cleanPlainText(`La réforme adoptée\n\n${standfirst}\n\n${body}\n\nLa réforme adoptée\n\n${body}`);
    expect(r.removed).toEqual([]);
  });
});

describe("cleanPlainText — paragraph repair", () => {
  it("joins a line broken before a lower-case continuation", () => {
    const r = cleanPlainText("Le ministre a rencontré les représentants\ndes syndicats mardi soir à Paris.\nIls se reverront jeudi.");
    expect(r.blocks.map((b) => b.text)).toEqual(["Le ministre a rencontré les représentants des syndicats mardi soir à Paris.", "Ils se reverront jeudi."]);
  });

  it("joins across a blank line when the first part ends on a preposition or article", () => {
    const r = cleanPlainText("Fin.\n\nLa visite a été préparée par le cabinet de\n\nMonsieur Dupont, selon nos informations.");
    expect(r.blocks.map((b) => b.text)).toEqual(["Fin.", "La visite a été préparée par le cabinet de Monsieur Dupont, selon nos informations."]);
  });

  it.each([
    ["en", "The minister met the union leaders on\n\nTuesday evening in London.", "The minister met the union leaders on Tuesday evening in London."],
    ["de", "Der Minister traf sich mit den\n\nGewerkschaften am Dienstag in Berlin.", "Der Minister traf sich mit den Gewerkschaften am Dienstag in Berlin."],
    [
      "es",
      "El ministro se reunió el martes con los representantes de los sindicatos mayoritarios\n\nen la sede del ministerio en Madrid.",
      "El ministro se reunió el martes con los representantes de los sindicatos mayoritarios en la sede del ministerio en Madrid.",
    ],
  ])("[%s] joins a broken sentence", (_lang, raw, joined) => {
    expect(cleanPlainText(raw).text).toBe(joined);
  });

  it("joins a « quotation » spanning lines", () => {
    const r = cleanPlainText(`Elle a déclaré :\n«${NBSP}Nous ne céderons pas.\nNous irons jusqu'au bout${NBSP}», devant la presse.\nLa séance a été levée.`);
    expect(r.blocks.map((b) => b.text)).toEqual([
      "Elle a déclaré :",
      `«${NBSP}Nous ne céderons pas. Nous irons jusqu'au bout${NBSP}», devant la presse.`,
      "La séance a été levée.",
    ]);
  });

  it("keeps finished sentences and capitalised lines apart", () => {
    const r = cleanPlainText("Première phrase terminée.\nDeuxième phrase qui commence.\nTroisième.");
    expect(r.blocks).toHaveLength(3);
  });

  it("keeps a subheading apart from a paragraph that lost its capital", () => {
    const r = cleanPlainText("Le ministre est arrivé à Lyon mardi matin pour une visite de deux jours.\n\nVisite à Lyon\n\nportant un costume sombre, le ministre a salué les élus.");
    expect(r.blocks.map((b) => b.type)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("joins a short fragment when the text before it was itself cut off", () => {
    const r = cleanPlainText("Le ministre a parlé pendant une heure devant les élus de la région\n\nIl a ajouté\n\nque rien ne serait décidé avant l'été.");
    expect(r.blocks.map((b) => b.text)).toEqual(["Le ministre a parlé pendant une heure devant les élus de la région", "Il a ajouté que rien ne serait décidé avant l'été."]);
  });

  it("unwraps a hard-wrapped paragraph in blank-line separated text", () => {
    const r = cleanPlainText(
      "Le rapport publié mardi par la Cour des comptes estime que le coût\nde la réforme a été sous-estimé. Les magistrats recommandent de revoir\nle calendrier.\n\nLe gouvernement n'a pas réagi.",
    );
    expect(r.blocks.map((b) => b.text)).toEqual([
      "Le rapport publié mardi par la Cour des comptes estime que le coût de la réforme a été sous-estimé. Les magistrats recommandent de revoir le calendrier.",
      "Le gouvernement n'a pas réagi.",
    ]);
  });
});

describe("cleanPlainText — typography survives", () => {
  it("keeps NBSP before % and inside « », and narrow NBSP, in text and doc", () => {
    const para = `Selon l'institut, «${NBSP}46${NBSP}% des électeurs${NBSP}» hésitent encore, et 12${NNBSP}% refusent de répondre.`;
    const r = cleanPlainText(`Sondage\n\n${para}`);
    expect(r.text).toContain(`«${NBSP}46${NBSP}% des électeurs${NBSP}»`);
    expect(r.text).toContain(`12${NNBSP}%`);
    expect(JSON.stringify(blocksToDoc(r.blocks))).toContain(`46${NBSP}%`);
  });
});

describe("cleanPlainText — removed lines and restore", () => {
  const raw = [
    "Suivez-nous sur les réseaux",
    "Titre de l'article",
    "Premier paragraphe de l'article, qui raconte ce qui s'est passé mardi soir au conseil municipal.",
    "Partager sur Facebook",
    "Second paragraphe de l'article, qui donne la réaction de l'opposition et celle de la maire.",
    "3 commentaires",
  ].join("\n\n");

  it("lists removed lines verbatim, in order, with the block they preceded", () => {
    const r = cleanPlainText(raw);
    expect(r.removed.map((x) => [x.text, x.reason, x.position])).toEqual([
      ["Suivez-nous sur les réseaux", "share", 0],
      ["Partager sur Facebook", "share", 2],
      ["3 commentaires", "comments", 3],
    ]);
  });

  it("restores a removed line with `keep`, in place", () => {
    const first = cleanPlainText(raw);
    const share = first.removed.find((x) => x.text === "Partager sur Facebook")!;
    const again = cleanPlainText(raw, { keep: [share.id] });
    expect(again.removed.map((x) => x.text)).toEqual(["Suivez-nous sur les réseaux", "3 commentaires"]);
    expect(again.blocks.map((b) => b.text)[2]).toBe("Partager sur Facebook");
    // The other ids do not change.
    expect(again.removed.map((x) => x.id)).toEqual(first.removed.filter((x) => x !== share).map((x) => x.id));
  });

  it("gives ids that do not depend on position, and differ per occurrence", () => {
    const a = cleanPlainText(raw);
    const b = cleanPlainText(`Un chapeau ajouté en tête, assez long pour compter comme un paragraphe de prose.\n\n${raw}`);
    expect(b.removed.map((x) => x.id)).toEqual(a.removed.map((x) => x.id));
    const twice = cleanPlainText(`${raw}\n\nPartager sur Facebook`);
    const ids = twice.removed.filter((x) => x.text === "Partager sur Facebook").map((x) => x.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(a.removed[1]!.id);
  });
});
