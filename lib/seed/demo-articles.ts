// The demo workspace's articles: short French news items written for this project (the shared
// corpus may not be copied into the repository), about one invented night of drone strikes told by
// two invented outlets. They are built to show claim intelligence on a fresh install: figures,
// quotes and attributions to suggest, "Kiev"/"Kyiv" and "Kharkov"/"Kharkiv" to propose as one
// place, the same assertion in both articles to link, and a toll that differs between them to flag.
// Every article says it is fictional; no real person is quoted.

export interface DemoArticle {
  /** Stable key, for logs. */
  key: string;
  title: string;
  outlet: string;
  author: string;
  /** ISO 8601. */
  publishedAt: string;
  /** Paragraphs, in order. */
  paragraphs: string[];
}

const FICTION = "Article fictif rédigé pour la démonstration de Claimdesk\u00a0: les faits et les personnes citées sont inventés.";

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    key: "quotidien-drones",
    title: "Kyiv\u00a0: nuit d’attaques de drones, la défense aérienne revendique 48\u00a0interceptions",
    outlet: "Le Quotidien (démo)",
    author: "Claire Dumont",
    publishedAt: "2026-03-08T09:30:00+01:00",
    paragraphs: [
      FICTION,
      "L’armée de l’air ukrainienne a affirmé avoir abattu 48 des 62\u00a0drones lancés par la Russie dans la nuit de samedi à dimanche, principalement au-dessus de Kyiv et de sa région.",
      "Selon Olena Kovalenko, porte-parole de l’administration militaire de la capitale, des débris sont tombés sur deux immeubles d’habitation, blessant 7\u00a0personnes. «\u00a0Nos équipes ont travaillé toute la nuit pour dégager les décombres\u00a0», a-t-elle déclaré.",
      "Il s’agit de l’attaque la plus importante contre la capitale depuis le début de l’année, selon les autorités locales.",
      "À Kharkiv, le maire Ihor Bondar a annoncé que près de 20\u00a0000\u00a0foyers étaient privés d’électricité après une frappe sur une sous-station.",
    ],
  },
  {
    key: "gazette-drones",
    title: "Drones sur Kiev\u00a0: 48\u00a0appareils abattus selon l’armée de l’air, 12\u00a0blessés",
    outlet: "La Gazette du soir (démo)",
    author: "Marc Lefèvre",
    publishedAt: "2026-03-08T18:05:00+01:00",
    paragraphs: [
      FICTION,
      "L’armée de l’air ukrainienne a affirmé avoir abattu 48 des 62\u00a0drones lancés par la Russie dans la nuit de samedi à dimanche, en particulier au-dessus de Kiev.",
      "Selon Olena Kovalenko, porte-parole de l’administration militaire de la capitale, des débris sont tombés sur deux immeubles d’habitation, blessant 12\u00a0personnes.",
      "Le ministère russe de la Défense a déclaré avoir visé «\u00a0des installations militaires\u00a0» et affirme avoir détruit 9\u00a0drones ukrainiens au-dessus de la région de Belgorod.",
      "À Kharkov, près de 20\u00a0000\u00a0foyers ont été privés d’électricité après une frappe sur une sous-station, a indiqué le maire Ihor Bondar.",
    ],
  },
];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The article as a web page, so the import pipeline reads its outlet, author and date like any other. */
export function demoArticleHtml(a: DemoArticle): string {
  return [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(a.title)}</title>`,
    `<meta property="og:site_name" content="${escape(a.outlet)}"><meta property="og:title" content="${escape(a.title)}">`,
    `<meta name="author" content="${escape(a.author)}"><meta property="article:published_time" content="${a.publishedAt}"></head>`,
    `<body><article><h1>${escape(a.title)}</h1>`,
    ...a.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    `</article></body></html>`,
  ].join("\n");
}
