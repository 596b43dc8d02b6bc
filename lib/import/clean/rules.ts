// Boilerplate rules. Each rule is data (id, reason, how long a line it may remove, where in the
// article it applies) plus a predicate over one line. The rules describe KINDS of lines — "a short
// line made only of sharing words and network names", "a comment counter" — in French, English,
// German and Spanish (with a few Italian/Portuguese words where they cost nothing), never specific
// lines of specific sites. A line of article prose never matches: every rule has a word limit, and
// unless a rule says otherwise a finished sentence (full stop, six words or more) is left alone.
import type { BlockType, RemovalReason } from "./types";
import { STOPWORDS } from "./words";

/** Where a line stands: before the first paragraph of prose, between, or after the last one. */
export type Zone = "lead" | "body" | "tail";

export interface LineContext {
  /** The line, trimmed, without a list or quote marker. */
  text: string;
  /** matchKey(text). */
  key: string;
  /** Word tokens of the key (letters/digits only). */
  tokens: string[];
  /** Whitespace-separated words of the text. */
  words: number;
  zone: Zone;
  /** The line is a finished sentence (full stop and ≥ 6 words). */
  sentence: boolean;
  /** The next line's text, when there is one. */
  next?: string;
  /** What the source says the line is (HTML/Markdown); undefined for plain text. */
  type?: BlockType;
}

export interface BoilerplateRule {
  id: string;
  reason: RemovalReason;
  /** What kind of line this removes, for people reading the rule list. */
  description: string;
  /** Lines with more words are never removed by this rule. */
  maxWords: number;
  /** Zones the rule applies in (all when absent). */
  zones?: readonly Zone[];
  /** Whether a finished sentence may match (comment-form notices and cookie banners are sentences). */
  allowSentence?: boolean;
  /**
   * A weak rule only removes a line standing next to a line removed for the same reason: "Facebook"
   * alone may be a heading, "Facebook" in a run of network names is a share bar.
   */
  weak?: boolean;
  test(line: LineContext): boolean;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const NUMBER = /^\d+$/;

/**
 * True when every token is a `core` word, a `filler` word, a stop word or (with `numbers`) a number,
 * and at least `minCore` tokens are core words.
 */
function madeOf(
  tokens: readonly string[],
  core: ReadonlySet<string>,
  opts: { filler?: ReadonlySet<string>; minCore?: number; numbers?: boolean } = {},
): boolean {
  if (tokens.length === 0) return false;
  let found = 0;
  for (const t of tokens) {
    if (core.has(t)) found++;
    else if (opts.filler?.has(t) || STOPWORDS.has(t) || (opts.numbers && NUMBER.test(t))) continue;
    else return false;
  }
  return found >= (opts.minCore ?? 1);
}

// ---- vocabularies (accent-free, lower-case: they are compared with matchKey tokens) -------------

const SHARE_VERBS = set(`
  partager partagez partage share shares sharing teilen teile teilt compartir comparte compartelo compartilhar partilhar condividi condividere
  suivez suivre follow following folgen folge folgt folgen siguenos sigue seguir siga seguinos seguici
  rejoindre rejoignez rejoins join retrouvez retrouver find finden encuentranos
  tweet tweeter tweeten twittern pin epingler imprimer print drucken imprimir stampa
  envoyer send senden versenden enviar copier copy kopieren copiar`);

const NETWORKS = set(`
  facebook twitter x whatsapp linkedin telegram instagram youtube tiktok bluesky threads mastodon reddit pinterest
  messenger flipboard snapchat viber xing vk email mail courriel sms rss`);

const SHARE_FILLER = set(`
  reseaux reseau sociaux social sociales socials media medias networks network netzwerken netzwerke sozialen redes rrss
  lien link links enlace enlaces article articles artikel articulo page seite pagina story post beitrag publication
  via aussi also auch tambien e copie copied kopiert copiado`);

const SHARE_FILLER_AND_NETWORKS: ReadonlySet<string> = new Set([...SHARE_FILLER, ...NETWORKS]);

const COMMENT_CORE = set(`
  commentaire commentaires commenter commentez comment comments commenting kommentar kommentare kommentieren kommentiert
  comentario comentarios comentar comenta commento commenti reply replies reponse reponses repondre antwort antworten
  respuesta respuestas responder reagir reagissez reaction reactions reaktionen reacciones discussion discussions
  conversation diskussion conversacion`);

const COMMENT_FILLER = set(`
  laisser laissez leave click cliquez cliquer clic add ajouter ajoutez write ecrire ecrivez schreiben schreibe hinterlassen
  verfassen dejar deja deje escribe escribir anadir anade view voir show afficher anzeigen ver read lire lesen leer
  post poster publier posten publicar annuler cancel abbrechen cancelar tous toutes todos todas join rejoignez
  mostrar ocultar hide masquer ausblenden einblenden first premier premiere erste erster ersten primero primera
  soyez sei seien sea no aucun aucune keine kein ningun ninguna yet encore noch todavia aun load charger laden cargar
  more plus mehr mas`);

const NEWSLETTER_CORE = set(`
  newsletter newsletters abonnez abonner abonne abonnement abonnieren abonniere abonnements abo subscribe subscription
  suscribete suscribirse suscripcion suscribase suscribe inscrivez inscrire inscription signup sign registrieren
  registrate boletin recevez recevoir receive erhalten recibe recibir alerts alertes`);

const NEWSLETTER_FILLER = set(`
  gratuite gratuit gratuitement free kostenlos kostenlosen kostenlose gratis gratuito gratuita email mail e courriel
  daily quotidienne quotidien quotidiennes hebdomadaire weekly taglich taglichen wochentlich diaria diario semanal
  news nachrichten noticias actualites actu info infos information informations informationen up inbox boite postfach
  bandeja entrada reception best meilleur mejor essentiel latest dernieres neuesten ultimas get pour fur para
  adresse address direccion ok valider submit lettre edition tous jours every day morning matin morgen manana soir
  evening abend tarde premium offre offer angebot oferta mois month monat mes digital numerique journal today aujourd hui
  heute hoy`);

const NAV_CORE = set(`
  accueil home startseite inicio portada menu navigation rechercher recherche search suche suchen buscar busqueda
  connexion connecter login log signin anmelden einloggen abmelden iniciar sesion compte account konto cuenta
  profil profile perfil retour back zuruck volver top haut oben arriba skip aller passer springen ir saltar contenu
  content inhalt contenido suivant suivante precedent precedente next previous prev weiter vorherige nachste siguiente
  anterior fermer close schliessen cerrar sitemap impressum contact kontakt contacto deconnexion logout`);

const NAV_FILLER = set(`page seite pagina main principal hauptinhalt plan site mon my mein mi in sign`);

const SECTIONS = set(`
  accueil home startseite inicio portada une monde world welt mundo international internationale internacional
  france europe europa afrique africa afrika asie asia asien amerique america amerika moyen orient middle east nahost
  politique politics politik politica economie economy business wirtschaft economia finances finance finanzen finanzas
  societe society gesellschaft sociedad culture kultur cultura sport sports deportes science sciences wissenschaft ciencia
  tech technologie technology technik tecnologia sante health gesundheit salud environnement environment umwelt
  medio ambiente climat climate klima clima opinion opinions meinung opinion debats debat edito editorial tribune
  actualites actualite actu news nachrichten noticias article artikel articulo video videos photos podcast podcasts
  live direct liveblog regions region local lokal faits divers idees ideas analyse analysis analyse analisis
  enquete investigation reportage reportaje dossier magazine magazin revista breaking eilmeldung ultima hora urgent
  exclusif exclusive exklusiv exclusiva`);

const ADVERT_CORE = set(`
  publicite advertisement advertising ad ads anzeige werbung publicidad sponsored sponsorise sponsorisee gesponsert
  patrocinado patrocinada annonce`);

const ADVERT_FILLER = set(`contenu content partenaire partner partenaires inhalt contenido paid post`);

const READING_CORE = set(`lecture read reading lesezeit lesedauer lectura`);
const READING_FILLER = set(`temps min mins minute minutes time minuten tiempo minutos leer ca env environ approx about etwa unos aprox`);

// ---- rules ---------------------------------------------------------------------------------

const BREADCRUMB_SEPARATOR = /[\s\u00A0\u202F](?:>|›|»|\||\/|→|>>)[\s\u00A0\u202F]/g;

function isBreadcrumb(line: LineContext): boolean {
  if (line.text.includes("«")) return false; // » closes a quotation there
  const parts = line.text.split(BREADCRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "" || p.split(/\s+/).length > 4 || !/\p{L}/u.test(p))) return false;
  if (parts.length >= 3) return true;
  // Two parts: only a trail starting from the home page.
  return madeOf(line.tokens.slice(0, 1), NAV_CORE);
}

export const RULES: readonly BoilerplateRule[] = [
  {
    id: "share-prompt",
    reason: "share",
    description: "A short line of sharing/following verbs and network names: \"Share on Facebook\", \"Suivez-nous sur X\", \"Folgen Sie uns\", \"Compartir en WhatsApp\".",
    maxWords: 12,
    test: (l) => madeOf(l.tokens, SHARE_VERBS, { filler: SHARE_FILLER_AND_NETWORKS }) || madeOf(l.tokens, NETWORKS, { filler: SHARE_FILLER, minCore: 2 }),
  },
  {
    id: "share-network",
    reason: "share",
    description: "A single network name (\"WhatsApp\", \"E-mail\") in a run of share buttons.",
    maxWords: 3,
    weak: true,
    test: (l) => madeOf(l.tokens, NETWORKS, { filler: SHARE_FILLER }),
  },
  {
    id: "comment-prompt",
    reason: "comments",
    description: "Comment counters and prompts: \"12 commentaires\", \"Comments (0)\", \"Kommentare (0)\", \"Laisser un commentaire\", \"Click to comment\", \"Deja un comentario\".",
    maxWords: 10,
    // "No comment" / "Sans commentaire" is someone's answer, not a counter.
    test: (l) => madeOf(l.tokens, COMMENT_CORE, { filler: COMMENT_FILLER, numbers: true }) && !/^(no|sans|kein|sin) (comment|commentaire|kommentar|comentario)\W*$/.test(l.key),
  },
  {
    id: "comment-form-notice",
    reason: "comments",
    description: "The notices of a comment form: e-mail address not published, required fields marked, save my name.",
    maxWords: 40,
    allowSentence: true,
    test: (l) =>
      (/\b(e ?-?mail|mail|courriel|correo)\b.*\b(publi|published|veroffentlicht|angezeigt|shown|affiche|mostrad)/.test(l.key) &&
        /\b(not|pas|nicht|no|never|jamais|nie)\b/.test(l.key)) ||
      /\b(required fields|champs (obligatoires|requis|marques)|pflichtfelder|erforderliche felder|campos (obligatorios|requeridos))\b/.test(l.key) ||
      /\b(save my name|enregistrer mon nom|meinen namen|guardar mi nombre)\b/.test(l.key),
  },
  {
    id: "comment-form-field",
    reason: "comments",
    description: "A comment form's field label (\"Nom *\", \"Website\") next to other comment boilerplate.",
    maxWords: 4,
    weak: true,
    test: (l) => /^(nom|name|e ?-?mail|courriel|site( web| internet)?|website|webseite|sitio web|nombre|correo( electronico)?|pseudo|envoyer|submit|senden|enviar|publier le commentaire|post comment|kommentar abschicken|publicar comentario)\s*[*:]*\s*\*?$/.test(l.key),
  },
  {
    id: "most-read",
    reason: "most-read",
    description: "\"Most read\" widget titles: \"Les + lus\", \"Les plus lus\", \"Most popular\", \"Meistgelesen\", \"Lo más leído\", \"Trending\".",
    maxWords: 6,
    test: (l) =>
      /^(les |nos )?(\+|plus) (lus|vus|partages|commentes|populaires|consultes|recents)( (de la semaine|du jour|du moment|aujourd'hui|cette semaine))?\s*:?$/.test(l.key) ||
      /^(the )?(most|top) (read|popular|viewed|shared|commented|watched|emailed)( (articles|stories|news|now|today|this week))?\s*:?$/.test(l.key) ||
      /^(trending|popular|tendances?|tendencias?|beliebt|populaires?|populares?)( (now|maintenant|ahora|jetzt|articles|stories|news|du moment|heute|hoy))?\s*:?$/.test(l.key) ||
      /^(am )?meist ?(gelesen|geklickt|kommentiert|geteilt|gesehen)\w*( (artikel|beitrage|news|nachrichten))?\s*:?$/.test(l.key) ||
      /^(lo |las |los )?mas (leid|vist|compartid|comentad|popular)[oa]?s?( (hoy|de la semana|del dia))?\s*:?$/.test(l.key) ||
      /^top (artikel|news|stories|articles|articulos|noticias)\s*:?$/.test(l.key),
  },
  {
    id: "newsletter",
    reason: "newsletter",
    description: "Newsletter and subscription prompts: \"Abonnez-vous à notre newsletter\", \"Sign up for our daily newsletter\", \"Jetzt kostenlos abonnieren\", \"Suscríbete a nuestro boletín\".",
    maxWords: 15,
    test: (l) => madeOf(l.tokens, NEWSLETTER_CORE, { filler: NEWSLETTER_FILLER, numbers: true }),
  },
  {
    id: "cookie-banner",
    reason: "cookie",
    description: "Cookie consent banners: a site speaking of its cookies and asking for consent or preferences.",
    maxWords: 80,
    allowSentence: true,
    test: (l) =>
      /\b(cookies?|traceurs)\b/.test(l.key) &&
      /\b(we|nous|wir|utilizamos|usamos|utilisons|verwenden|nutzen|this (web)?site|ce site|diese (web)?seite|diese website|este (sitio|sitio web)|notre site|our site|unsere (website|seite)|nuestro sitio)\b/.test(l.key) &&
      /(accept|consent|zustimm|einwillig|akzeptier|acepta|preferen|parametr|parametres|einstellung|configur|privacy|confidentialite|datenschutz|privacidad|experience|erfahrung|experiencia|browsing|navigation|navegacion|continu|weiter|personalis|personnalis|mesure d'audience|analytics)/.test(l.key),
  },
  {
    id: "cookie-button",
    reason: "cookie",
    description: "A consent button (\"Tout accepter\", \"Accept all\", \"Alle akzeptieren\", \"Rechazar\") next to a cookie banner.",
    maxWords: 5,
    weak: true,
    test: (l) =>
      /^(tout |tous )?(accepter|refuser)( (tout|et fermer|et continuer))?$|^(accept|reject|decline|deny)( all( cookies)?)?$|^(alle )?(akzeptieren|ablehnen)$|^(aceptar|rechazar)( (todo|todas|todas las cookies))?$|^(ok|j'accepte|i agree|i accept|ich stimme zu|de acuerdo|continuer sans accepter|personnaliser|customi[sz]e|manage (cookies|preferences|options)|gerer (mes choix|les cookies)|(parametres|reglages) (des )?cookies|cookie[- ]?(settings|einstellungen)|configurar( cookies)?|more options|plus d'options|mehr optionen|mas opciones)$/.test(l.key),
  },
  {
    id: "related-link",
    reason: "related",
    description: "Links to other articles: \"Lire aussi : …\", \"À lire aussi\", \"Read more: …\", \"See also\", \"Lesen Sie auch\", \"Mehr zum Thema\", \"Lee también\".",
    maxWords: 25,
    allowSentence: true,
    test: (l) => relatedPrefixEndsClean(l.key),
  },
  {
    id: "breadcrumb",
    reason: "navigation",
    description: "A breadcrumb or menu trail: \"Accueil > Monde > Europe\", \"Home | World | Europe\".",
    maxWords: 12,
    test: isBreadcrumb,
  },
  {
    id: "navigation-ui",
    reason: "navigation",
    description: "Site navigation controls at the top or bottom: \"Retour en haut\", \"Skip to content\", \"Menü\", \"Buscar\", \"Mon compte\".",
    maxWords: 6,
    zones: ["lead", "tail"],
    test: (l) => madeOf(l.tokens, NAV_CORE, { filler: NAV_FILLER }),
  },
  {
    id: "section-label",
    reason: "navigation",
    description: "A rubric or content-type label above or below the article: \"Monde\", \"Politik\", \"Article\", \"Vidéo\", \"En direct\".",
    maxWords: 3,
    zones: ["lead", "tail"],
    test: (l) => madeOf(l.tokens, SECTIONS),
  },
  {
    id: "orphan-word",
    reason: "byline-noise",
    description: "One or two function words alone on a line (\"le\", \"By\", \"von\") — what is left of a date or byline the page rendered elsewhere.",
    maxWords: 2,
    zones: ["lead", "tail"],
    test: (l) =>
      (l.type === undefined || l.type === "paragraph") &&
      l.tokens.length > 0 &&
      l.tokens.every((t) => STOPWORDS.has(t)) &&
      !(l.next !== undefined && /^\s*\p{Ll}/u.test(l.next)),
  },
  {
    id: "reading-time",
    reason: "byline-noise",
    description: "Reading-time stamps: \"3 min de lecture\", \"5 min read\", \"Lesezeit: 4 Minuten\", \"Tiempo de lectura: 3 min\".",
    maxWords: 8,
    test: (l) => l.tokens.some((t) => NUMBER.test(t)) && madeOf(l.tokens, READING_CORE, { filler: READING_FILLER, numbers: true }),
  },
  {
    id: "publication-stamp",
    reason: "byline-noise",
    description: "Publication/update stamps: \"Publié le 21/11/2025 à 10h32\", \"Updated 2 hours ago\", \"Aktualisiert am …\", \"Actualizado el …\".",
    maxWords: 16,
    test: (l) =>
      /^(publie|publiee|mis a jour|mise a jour|modifie|actualise|updated|published|posted|last updated|aktualisiert|veroffentlicht|zuletzt aktualisiert|stand|publicado|actualizado|actualizacion)\b/.test(l.key) &&
      /\d|\b(il y a|ago|vor|hace|aujourd'hui|hier|today|yesterday|heute|gestern|hoy|ayer)\b/.test(l.key),
  },
  {
    id: "media-credit",
    reason: "media-credit",
    description: "Photo and video credits: \"Photo : AFP\", \"© Reuters\", \"Foto: dpa\", \"Crédit photo : …\".",
    maxWords: 10,
    allowSentence: true,
    test: (l) =>
      /^(photos?|credits?( photo)?|foto(s|grafia)?|bild(er)?|imagen(es)?|images?|illustration|video|capture|credito|quelle|source)\s*[:©/|]/.test(l.key) ||
      /^(©|\(c\)\s|copyright\b)/.test(l.key),
  },
  {
    id: "advert-label",
    reason: "advert",
    description: "Advertising labels: \"Publicité\", \"Advertisement\", \"Anzeige\", \"Publicidad\", \"Contenu sponsorisé\".",
    maxWords: 3,
    test: (l) => madeOf(l.tokens, ADVERT_CORE, { filler: ADVERT_FILLER }),
  },
  {
    id: "separator",
    reason: "separator",
    description: "A line of symbols only (\"***\", \"—\", \"• • •\").",
    maxWords: 8,
    test: (l) => l.text.length > 0 && !/[\p{L}\p{N}]/u.test(l.text),
  },
];

// "Lire aussi : …" / "Read more" at the end of the line — not "Read more about it in the report".
function relatedPrefixEndsClean(key: string): boolean {
  const m = key.match(
    /^((a |à )?(lire|voir|ecouter|regarder|decouvrir) (aussi|egalement|ausi|encore)|sur le meme (sujet|theme)|pour aller plus loin|dans la meme rubrique|vous aimerez aussi|(read|see|watch|listen) (more|also|next)|related( (articles?|stories|content|coverage|news|topics))?|more (on this|from)|you (may|might) also like|recommended( for you)?|lesen sie (auch|mehr)|(auch|ebenfalls) interessant|mehr (zum thema|dazu|lesen)|weitere (artikel|beitrage|nachrichten)|das konnte sie (auch )?interessieren|empfohlen|lee (tambien|mas)|leer mas|(tambien )?te puede interesar|(articulos |noticias |contenidos )?relacionad[oa]s|mas informacion|no te pierdas)/,
  );
  if (!m) return false;
  const rest = key.slice(m[0].length).trim();
  return rest === "" || /^[:|>\-→"»]|^\.\.\./.test(rest);
}
