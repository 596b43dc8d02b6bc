// Every boilerplate rule, on lines written for these tests in French, English, German and Spanish,
// and the lines that must survive. Lines are placed inside a small article so zones are realistic:
// "body" between two paragraphs of prose, "lead" above the headline, "tail" after the last paragraph.
import { describe, expect, it } from "vitest";
import { cleanPlainText, type RemovalReason } from "@/lib/import/clean";

type Lang = "fr" | "en" | "de" | "es";

const ARTICLE: Record<Lang, { title: string; p1: string; p2: string }> = {
  fr: {
    title: "Le gouvernement présente son plan pour les écoles",
    p1: "Le gouvernement a présenté mardi un plan de rénovation des écoles publiques, qui doit être examiné par le Parlement au mois de janvier.",
    p2: "Selon le ministère, près de la moitié des bâtiments concernés ont été construits avant 1975 et consomment trop d'énergie.",
  },
  en: {
    title: "Government unveils its plan for schools",
    p1: "The government on Tuesday unveiled a plan to renovate public schools, which Parliament is expected to examine in January.",
    p2: "According to the ministry, almost half of the buildings concerned were built before 1975 and use far too much energy.",
  },
  de: {
    title: "Regierung stellt ihren Plan für Schulen vor",
    p1: "Die Regierung hat am Dienstag einen Plan zur Sanierung öffentlicher Schulen vorgestellt, den das Parlament im Januar prüfen soll.",
    p2: "Nach Angaben des Ministeriums wurde fast die Hälfte der betroffenen Gebäude vor 1975 gebaut und verbraucht zu viel Energie.",
  },
  es: {
    title: "El Gobierno presenta su plan para las escuelas",
    p1: "El Gobierno presentó el martes un plan para renovar las escuelas públicas, que el Parlamento deberá examinar en el mes de enero.",
    p2: "Según el ministerio, casi la mitad de los edificios afectados se construyeron antes de 1975 y consumen demasiada energía.",
  },
};

type Where = "lead" | "body" | "tail";

function articleWith(lang: Lang, where: Where, ...lines: string[]): string {
  const a = ARTICLE[lang];
  const inserted = lines.join("\n\n");
  if (where === "lead") return [inserted, a.title, a.p1, a.p2].join("\n\n");
  if (where === "tail") return [a.title, a.p1, a.p2, inserted].join("\n\n");
  return [a.title, a.p1, inserted, a.p2].join("\n\n");
}

function expectRemoved(lang: Lang, where: Where, line: string, reason: RemovalReason) {
  const r = cleanPlainText(articleWith(lang, where, line));
  expect(r.removed.map((x) => [x.text, x.reason])).toContainEqual([line, reason]);
  expect(r.text.split("\n")).not.toContain(line);
  // The article itself is untouched.
  expect(r.text).toContain(ARTICLE[lang].p1);
  expect(r.text).toContain(ARTICLE[lang].p2);
}

function expectKept(lang: Lang, where: Where, line: string) {
  const r = cleanPlainText(articleWith(lang, where, line));
  expect(r.removed).toEqual([]);
  expect(r.text).toContain(line);
}

const cases: { reason: RemovalReason; where: Where; lines: [Lang, string][] }[] = [
  {
    reason: "share",
    where: "body",
    lines: [
      ["fr", "Partager sur Facebook"],
      ["fr", "Suivez-nous sur les réseaux sociaux"],
      ["fr", "Retrouvez-nous sur Instagram"],
      ["en", "Share this article"],
      ["en", "Follow us on X"],
      ["en", "Facebook Twitter LinkedIn WhatsApp"],
      ["de", "Teilen Sie diesen Artikel"],
      ["de", "Folgen Sie uns auf Instagram"],
      ["es", "Compartir en WhatsApp"],
      ["es", "Síguenos en redes sociales"],
    ],
  },
  {
    reason: "comments",
    where: "tail",
    lines: [
      ["fr", "12 commentaires"],
      ["fr", "Soyez le premier à commenter"],
      ["fr", "Ajouter un commentaire"],
      ["en", "Comments (0)"],
      ["en", "Leave a Reply"],
      ["en", "View all 34 comments"],
      ["de", "Kommentare (3)"],
      ["de", "Schreiben Sie einen Kommentar"],
      ["es", "Deja un comentario"],
      ["es", "Ver comentarios (5)"],
    ],
  },
  {
    reason: "comments",
    where: "body",
    lines: [
      ["fr", "Votre adresse courriel ne sera jamais publiée."],
      ["en", "Your email address will not be published. Required fields are marked *"],
      ["de", "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert."],
      ["es", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"],
    ],
  },
  {
    reason: "most-read",
    where: "tail",
    lines: [
      ["fr", "Les + lus"],
      ["fr", "Les plus lus"],
      ["en", "Most read"],
      ["en", "Most popular"],
      ["de", "Meistgelesen"],
      ["de", "Meistgelesene Artikel"],
      ["es", "Lo más leído"],
      ["es", "Las más leídas"],
    ],
  },
  {
    reason: "newsletter",
    where: "body",
    lines: [
      ["fr", "Abonnez-vous à notre newsletter"],
      ["fr", "Recevez gratuitement notre lettre d'information"],
      ["en", "Sign up for our daily newsletter"],
      ["en", "Subscribe"],
      ["de", "Jetzt kostenlos abonnieren"],
      ["de", "Newsletter abonnieren"],
      ["es", "Suscríbete a nuestro boletín"],
      ["es", "Recibe nuestro boletín diario"],
    ],
  },
  {
    reason: "cookie",
    where: "lead",
    lines: [
      ["fr", "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation."],
      ["en", "We use cookies to personalise content and analyse our traffic."],
      ["de", "Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten."],
      ["es", "Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación."],
    ],
  },
  {
    reason: "related",
    where: "body",
    lines: [
      ["fr", "Lire aussi : La réforme des retraites adoptée"],
      ["fr", "À lire aussi"],
      ["en", "Read more: Inflation falls to 2% in November"],
      ["en", "See also"],
      ["de", "Lesen Sie auch: Die Bahn streikt wieder"],
      ["de", "Mehr zum Thema"],
      ["es", "Lee también: El Congreso aprueba el presupuesto"],
      ["es", "Te puede interesar"],
    ],
  },
  {
    reason: "navigation",
    where: "body",
    lines: [
      ["fr", "Accueil > Monde > Europe"],
      ["en", "Home › World › Europe"],
      ["de", "Startseite | Politik | Ausland"],
      ["es", "Inicio > Mundo > Europa"],
    ],
  },
  {
    reason: "navigation",
    where: "lead",
    lines: [
      ["fr", "Aller au contenu"],
      ["fr", "Monde"],
      ["en", "Skip to content"],
      ["en", "World"],
      ["de", "Zum Inhalt springen"],
      ["de", "Politik"],
      ["es", "Ir al contenido"],
      ["es", "Mundo"],
    ],
  },
  {
    reason: "byline-noise",
    where: "lead",
    lines: [
      ["fr", "le"],
      ["fr", "5 min de lecture"],
      ["fr", "Publié le 21/11/2025 à 10h32"],
      ["en", "By"],
      ["en", "5 min read"],
      ["en", "Updated 2 hours ago"],
      ["de", "Lesezeit: 4 Minuten"],
      ["de", "Aktualisiert am 21.11.2025"],
      ["es", "Tiempo de lectura: 3 minutos"],
      ["es", "Actualizado el 21 de noviembre de 2025"],
    ],
  },
  {
    reason: "media-credit",
    where: "body",
    lines: [
      ["fr", "Photo : AFP"],
      ["en", "© Reuters"],
      ["de", "Foto: dpa"],
      ["es", "Imagen: EFE"],
    ],
  },
  {
    reason: "advert",
    where: "body",
    lines: [
      ["fr", "Publicité"],
      ["en", "Advertisement"],
      ["de", "Anzeige"],
      ["es", "Publicidad"],
    ],
  },
  { reason: "separator", where: "body", lines: [["fr", "* * *"], ["en", "———"]] },
];

describe.each(cases)("$reason rules ($where)", ({ reason, where, lines }) => {
  it.each(lines)("removes [%s] %s", (lang, line) => expectRemoved(lang, where, line, reason));
});

describe("lines that stay", () => {
  it.each<[Lang, Where, string]>([
    // Prose that merely contains the words.
    ["fr", "body", "Il a refusé de partager ses données avec les enquêteurs, selon le procureur de la République."],
    ["fr", "body", "Les commentaires du ministre ont suscité une vive polémique au Parlement mardi soir."],
    ["fr", "body", "Partager le pouvoir"],
    ["fr", "body", "Comment la Russie a repris l'initiative"],
    ["fr", "body", "Les abonnés à la newsletter du journal sont passés de 20 000 à 35 000 en un an, selon la direction."],
    ["fr", "body", "Publicité mensongère"],
    ["en", "body", "The company's shares fell 12% on Monday after the report."],
    ["en", "body", "Follow the money"],
    ["en", "body", "Read more about it in the report, he said."],
    ["en", "body", "We use cookies from the bakery next door, the owner joked."],
    ["en", "body", "No comment"],
    ["fr", "body", "Sans commentaire"],
    ["de", "body", "Folgen Sie dem Geld"],
    ["de", "body", "Die Kommentare des Ministers sorgten im Bundestag für heftige Kritik."],
    ["es", "body", "Compartir el poder no es una opción, dijo el presidente del Gobierno en el Congreso."],
    ["es", "body", "Más leído que nunca"],
    // Words that are rubric names or function words, inside the article.
    ["fr", "body", "Monde"],
    ["fr", "body", "Le 21/11/2025, le ministre a annoncé sa démission devant les députés réunis en séance."],
  ])("[%s, %s] keeps %s", (lang, where, line) => {
    const r = cleanPlainText(articleWith(lang, where, line));
    expect(r.removed.map((x) => x.text)).not.toContain(line);
    expect(r.text).toContain(line);
  });

  it("never removes a long paragraph, whatever it talks about", () => {
    const long =
      "Partager, commenter, s'abonner : les lecteurs du journal ont été invités à suivre la newsletter, à réagir sur les réseaux sociaux et à laisser un commentaire, selon une étude publiée mardi par l'institut.";
    expectKept("fr", "body", long);
    expectKept("fr", "tail", long);
    expectKept("en", "lead", "Share, comment, subscribe: readers were asked to follow the newsletter and leave a comment on social media, according to a study published on Tuesday");
  });

  it("keeps a lone network name that is not in a share bar", () => {
    expectKept("en", "body", "Facebook");
  });

  it("removes a run of single network names (a share bar)", () => {
    const r = cleanPlainText(articleWith("en", "body", "Facebook", "X", "WhatsApp", "E-mail"));
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([
      ["Facebook", "share"],
      ["X", "share"],
      ["WhatsApp", "share"],
      ["E-mail", "share"],
    ]);
  });

  it("removes consent buttons only next to a cookie banner", () => {
    const r = cleanPlainText(articleWith("fr", "lead", "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Refuser"));
    expect(r.removed.map((x) => x.reason)).toEqual(["cookie", "cookie", "cookie"]);
    expectKept("fr", "lead", "Accepter");
  });

  it("removes comment-form labels next to a comment prompt only", () => {
    const r = cleanPlainText(articleWith("en", "tail", "Leave a Reply", "Name *", "Email *", "Website"));
    expect(r.removed.map((x) => x.rule)).toEqual(["comment-prompt", "comment-form-field", "comment-form-field", "comment-form-field"]);
  });

  it("removes the list under a most-read title after the article", () => {
    const r = cleanPlainText(articleWith("fr", "tail", "Les plus lus", "Un incendie ravage un entrepôt à Lyon", "La météo de la semaine"));
    expect(r.removed.map((x) => [x.reason, x.rule])).toEqual([
      ["most-read", "most-read"],
      ["most-read", "widget-list"],
      ["most-read", "widget-list"],
    ]);
  });

  it("keeps an orphan word that a broken sentence continues", () => {
    const r = cleanPlainText(["Titre de l'article", "le", "ministre a parlé pendant deux heures devant les députés, qui l'ont applaudi longuement à la fin."].join("\n\n"));
    expect(r.removed).toEqual([]);
    expect(r.text).toContain("le ministre a parlé");
  });
});
