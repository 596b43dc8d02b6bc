import { describe, expect, it } from "vitest";
import { cleanArticle, cleanPlainText } from "@/lib/import/clean";
import { collapseSpaces } from "@/lib/import/clean/normalise";
import { contentHash, countWordsOf, detectLanguage, extractMetadata, findByline, findDate } from "@/lib/import/metadata";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("extractMetadata — HTML", () => {
  const html = `<!doctype html><html lang="fr"><head>
    <title>Les lycées rénovés - La Gazette</title>
    <meta property="og:title" content="Les lycées rénovés pour 120 millions">
    <meta property="og:site_name" content="La Gazette">
    <meta property="og:url" content="https://www.gazette.example/og-url">
    <meta name="author" content="Jeanne Martin">
    <meta property="article:published_time" content="2025-11-21T09:30:00+01:00">
    <link rel="canonical" href="/region/lycees-renoves">
    </head><body><article><h1>Les lycées rénovés pour 120 millions</h1>
    <p>Le conseil régional a voté jeudi une enveloppe de 120 millions d'euros pour les lycées, un montant inédit selon son président.</p>
    </article></body></html>`;

  it("reads og tags, meta author, published time and the canonical link", () => {
    const r = cleanArticle({ kind: "html", content: html, url: "https://www.gazette.example/region/lycees?utm_source=x#top" });
    expect(r.metadata).toMatchObject({
      title: "Les lycées rénovés pour 120 millions",
      outlet: "La Gazette",
      author: "Jeanne Martin",
      publishedAt: "2025-11-21T08:30:00.000Z",
      canonicalUrl: "https://www.gazette.example/region/lycees-renoves",
      language: "fr",
    });
  });

  it("falls back to JSON-LD, <time>, <title> without the site name, og:url and the host", () => {
    const page = `<html><head><title>Budget record voté | Le Courrier</title>
      <meta property="og:url" content="https://courrier.example/budget">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-03-04","author":[{"@type":"Person","name":"Anna Schmidt"},{"@type":"Person","name":"Luis Pérez"}],"publisher":{"@type":"Organization","name":"Le Courrier"}}]}</script>
      <script type="application/ld+json">{ broken json</script>
      </head><body><p>Texte court.</p><time datetime="2024-01-01">1er janvier</time></body></html>`;
    const m = extractMetadata({ text: "Texte court.", blocks: [], html: page, url: "https://www.courrier.example/x" });
    expect(m).toMatchObject({
      title: "Budget record voté",
      outlet: "Le Courrier",
      author: "Anna Schmidt, Luis Pérez",
      publishedAt: "2025-03-04",
      canonicalUrl: "https://courrier.example/budget",
    });
  });

  it("uses the URL host as outlet when the page names none, and ignores author URLs", () => {
    const m = extractMetadata({
      text: "x",
      blocks: [],
      html: `<html><head><meta property="article:author" content="https://facebook.com/someone"></head><body></body></html>`,
      url: "https://www.example-news.org/a",
    });
    expect(m).toMatchObject({ outlet: "example-news.org", author: null, canonicalUrl: "https://www.example-news.org/a" });
  });

  it("prefers a title typed by the user", () => {
    expect(cleanArticle({ kind: "html", content: html, title: "Mon titre" }).metadata.title).toBe("Mon titre");
  });
});

describe("extractMetadata — French typography in titles", () => {
  // The body keeps U+00A0 / U+202F before « : » (clean-text tests); the title must too, or the
  // article's heading and its title in lists differ ("Kyiv : nuit" breaking after "Kyiv").
  const body = "Les forces ukrainiennes ont signalé une nuit d’attaques de drones sur la capitale, selon l’armée de l’air.";

  it.each([
    ["NNBSP", NNBSP],
    ["NBSP", NBSP],
  ])("keeps the %s before the colon of an HTML title (og:title, <title> without the site, <h1>)", (_name, space) => {
    const title = `Kyiv${space}: nuit d’attaques, la défense revendique 48${NBSP}interceptions`;
    const page = `<!doctype html><html lang="fr"><head><title>${title} - La Gazette</title><meta property="og:site_name" content="La Gazette"></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
    expect(cleanArticle({ kind: "html", content: page }).metadata.title).toBe(title);
    const og = page.replace("</title>", `</title><meta property="og:title" content="${title}">`);
    expect(cleanArticle({ kind: "html", content: og }).metadata.title).toBe(title);
    expect(extractMetadata({ text: body, blocks: [], html: page, url: "https://gazette.example/a" }).title).toBe(title);
  });

  it("keeps it in Markdown and plain-text headlines, as the body text does", () => {
    const title = `Kyiv${NNBSP}: nuit d’attaques`;
    const md = cleanArticle({ kind: "markdown", content: `# ${title}\n\n${body}` });
    expect(md.metadata.title).toBe(title);
    expect(md.text.split("\n")[0]).toBe(title);
    expect(cleanArticle({ kind: "text", content: `${title}\n\n${body}` }).metadata.title).toBe(title);
  });

  it("keeps it in a title typed by the user, and still makes other whitespace runs one space", () => {
    expect(cleanArticle({ kind: "text", content: body, title: `  Drones sur Kiev${NBSP}:\t48${NBSP}appareils \n abattus ` }).metadata.title).toBe(
      `Drones sur Kiev${NBSP}:${" "}48${NBSP}appareils abattus`,
    );
  });

  it("collapses a run mixing spaces and a no-break space into the no-break space", () => {
    expect(collapseSpaces(`Kyiv ${NNBSP} : nuit`)).toBe(`Kyiv${NNBSP}: nuit`);
    expect(collapseSpaces(`«  ${NBSP}Oui${NBSP} »`)).toBe(`«${NBSP}Oui${NBSP}»`);
    expect(collapseSpaces(` ${NBSP}Titre\n`)).toBe("Titre");
  });
});

describe("extractMetadata — plain text", () => {
  it("takes the headline, byline and dateline from the first lines", () => {
    const raw = [
      "Monde",
      "Le budget européen adopté de justesse",
      "Par Jeanne Martin et Paul Durand",
      "Publié le 21 novembre 2025 à 10h32",
      "Les eurodéputés ont adopté jeudi le budget de l'Union pour 2026 par 312 voix contre 298, au terme d'une séance tendue.",
    ].join("\n\n");
    const r = cleanArticle({ kind: "text", content: raw, fileName: "budget.txt" });
    expect(r.metadata).toMatchObject({
      title: "Le budget européen adopté de justesse",
      author: "Jeanne Martin et Paul Durand",
      publishedAt: "2025-11-21",
      outlet: null,
      canonicalUrl: null,
      language: "fr",
    });
  });

  it("uses the first sentence when the text opens with prose", () => {
    const text =
      "Le président a admis mardi que la situation était très difficile dans les provinces annexées. C'est remarquable, car il l'admet rarement, selon les observateurs.\n\nSuite.";
    const r = cleanPlainText(text);
    expect(extractMetadata({ text: r.text, blocks: r.blocks }).title).toBe("Le président a admis mardi que la situation était très difficile dans les provinces annexées.");
  });

  it("falls back to the file name for a title", () => {
    expect(extractMetadata({ text: "", blocks: [], fileName: "dossiers/2025_budget-final.txt" }).title).toBe("2025 budget-final");
  });

  it.each([
    ["21 novembre 2025", "2025-11-21"],
    ["Publié le 1er mars 2024 à 8h", "2024-03-01"],
    ["Nov. 21, 2025", "2025-11-21"],
    ["November 21st, 2025 at 9:30 a.m.", "2025-11-21"],
    ["21. November 2025", "2025-11-21"],
    ["21.11.2025, 14:05 Uhr", "2025-11-21"],
    ["21 de noviembre de 2025", "2025-11-21"],
    ["2025-11-21T10:00", "2025-11-21"],
    ["11/21/2025", "2025-11-21"],
    ["03/04/2025", "2025-04-03"],
    ["31 février 2025", null],
    ["Il y a 46 % de chances", null],
  ])("findDate(%s) → %s", (line, iso) => {
    expect(findDate(line)).toBe(iso);
  });

  it.each([
    ["Par Jeanne Martin", "Jeanne Martin"],
    ["By Jane Doe and John Roe | Reuters", "Jane Doe and John Roe"],
    ["Von Anna von Berg, Berlin", "Anna von Berg"],
    ["Por Luis Pérez García", "Luis Pérez García"],
    ["Par AFP", "AFP"],
    ["By Monday, the army had retreated from three villages.", null],
    ["Par ailleurs, le ministre a démissionné.", null],
  ])("findByline(%s) → %s", (line, author) => {
    expect(findByline(line)).toBe(author);
  });
});

describe("language detection", () => {
  it.each([
    ["fr", "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera débattue au Parlement dès le mois prochain."],
    ["en", "The government announced on Tuesday a new pension reform, which will be debated in Parliament as early as next month."],
    ["de", "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, die bereits im nächsten Monat im Parlament beraten wird."],
    ["es", "El Gobierno anunció el martes una nueva reforma de las pensiones, que se debatirá en el Parlamento a partir del mes que viene."],
    ["ru", "Правительство во вторник объявило о новой пенсионной реформе, которую парламент обсудит уже в следующем месяце."],
    ["uk", "Уряд у вівторок оголосив про нову пенсійну реформу, яку парламент обговорить уже наступного місяця."],
    ["it", "Il governo ha annunciato martedì una nuova riforma delle pensioni, che sarà discussa in Parlamento già dal prossimo mese."],
  ])("detects %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("answers und for text too short to tell, unless the page says", () => {
    expect(detectLanguage("Oui.")).toBe("und");
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage("Oui.", "fr-FR")).toBe("fr");
  });
});

describe("word count and content hash", () => {
  it("counts words with Intl.Segmenter", () => {
    expect(extractMetadata({ text: `L’été, 46${NBSP}% des gens — « vraiment » ?`, blocks: [] }).wordCount).toBe(5);
  });

  it.each([
    "L’été, 46\u00A0% des gens — « vraiment » ? U.S. 3.5 2,4 milliards e-mail a:b x_y 1,000,000 l'Ukraine http://a.example/x?y=1 #tag 12h30 1er",
    "Die Regierung hat am Dienstag (21.11.) eine Reform angekündigt – „endlich“, sagt sie.",
    "¿Qué pasó? El 3,5 % de los votos: ¡increíble!",
    "Правительство во вторник объявило о реформе. Уряд у вівторок оголосив про реформу.",
    "東京で会議が開かれた。 Tokyo hosted 2 meetings.",
  ])("counts like Intl.Segmenter: %s", (text) => {
    const seg = new Intl.Segmenter(undefined, { granularity: "word" });
    const expected = [...seg.segment(text)].filter((s) => s.isWordLike).length;
    expect(countWordsOf(text)).toBe(expected);
  });

  it("gives the same hash to texts differing only by whitespace, NBSP or boilerplate", () => {
    const body = "Le conseil municipal a adopté lundi un budget de 2,4 milliards d'euros, en hausse de 8 % sur un an.";
    const a = cleanArticle({ kind: "text", content: `Budget record\n\n${body}` });
    const b = cleanArticle({
      kind: "text",
      content: `Partager sur Facebook\r\n\r\nBudget   record\r\n\r\n\r\n\r\n${body.replaceAll(" %", `${NBSP}%`).replace("municipal a", "municipal\ta")}  \r\n\r\n12 commentaires\r\nLes plus lus`,
    });
    const c = cleanArticle({ kind: "html", content: `<h1>Budget record</h1><p>${body.replace(" %", "&nbsp;%")}</p><p>Click to comment</p>` });
    expect(b.metadata.contentHash).toBe(a.metadata.contentHash);
    expect(c.metadata.contentHash).toBe(a.metadata.contentHash);
    expect(a.metadata.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(`${body} Une phrase de plus.`)).not.toBe(a.metadata.contentHash);
  });

  it("hashes the cleaned text, not the metadata", () => {
    const r = cleanPlainText("Titre\n\nTexte.");
    expect(extractMetadata({ text: r.text, blocks: r.blocks, url: "https://a.example" }).contentHash).toBe(contentHash(r.text));
  });
});
