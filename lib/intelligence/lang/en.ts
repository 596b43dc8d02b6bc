// English rules of the claim-suggestion engine. General English: nothing here names a person, a
// place or a figure of any particular article.
import type { LanguageRules } from "./types";

const words = (s: string): string[] => s.trim().split(/\s+/);

export const en: LanguageRules = {
  code: "en",
  participlesStandAlone: true,

  abbreviations: words(`
    mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    no nos vol fig pp p approx dept est inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft vs e.g i.e u.s u.k u.n
  `),
  danglingWords: words(`the a an of to in on at by for with from and or but that which who whose as into onto than its their his her our`),

  elisions: [],
  stopwords: words(`
    the a an of to in on at by for with from and or nor but so yet that which who whom whose what when where why how
    this these those it its he she they them his her their we us our you your i me my
    is are was were be been being has have had do does did will would shall should can could may might must
    not no as if than then there here also only just even still already again however meanwhile moreover
    all any both each every few many more most much several some such other another
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    yesterday today tomorrow morning evening night according
  `),

  decimalSeparator: ".",
  groupSeparators: ",\u00A0\u202F ",
  numberWords: {
    zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, one: 1,
  },
  scaleWords: { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 },
  oneWords: ["a", "an"],
  numberJoiners: ["and"],
  approxNouns: { dozen: 12, score: 20 },
  vaguePlurals: { dozens: 12, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, tens: 10 },
  ofWords: ["of"],
  modifiers: {
    "more than": { lowerBound: true }, over: { lowerBound: true }, "at least": { lowerBound: true },
    "upwards of": { lowerBound: true }, "in excess of": { lowerBound: true }, "no fewer than": { lowerBound: true },
    "no less than": { lowerBound: true }, "greater than": { lowerBound: true }, "above": { lowerBound: true },
    "less than": { upperBound: true }, "fewer than": { upperBound: true }, under: { upperBound: true },
    "up to": { upperBound: true }, "at most": { upperBound: true }, "no more than": { upperBound: true },
    "below": { upperBound: true },
    about: { approximate: true }, around: { approximate: true }, roughly: { approximate: true },
    approximately: { approximate: true }, some: { approximate: true }, nearly: { approximate: true },
    almost: { approximate: true }, "close to": { approximate: true }, "an estimated": { approximate: true },
    estimated: { approximate: true }, "just over": { approximate: true, lowerBound: true },
    "just under": { approximate: true, upperBound: true }, "the best part of": { approximate: true },
  },
  ranges: [
    { open: "between", join: "and" },
    { open: "from", join: "to" },
    { open: null, join: "to" },
    { open: null, join: "-" },
  ],
  percentWords: ["percent", "per cent", "pc"],
  anaphoricDeterminers: words(`the these those both its their his her our`),
  unitSkipWords: words(`new more other additional further extra`),
  peopleNouns: words(`
    person people persons dead killed injured wounded casualties victims victim soldier soldiers civilian civilians
    child children hostage hostages resident residents prisoner prisoners troops fighters refugees displaced
    missing protesters officers members employees workers patients students
  `),
  months: words(`january february march april may june july august september october november december`),

  auxiliaries: words(`has have had`),
  adverbs: words(`also already again previously publicly officially repeatedly recently earlier since later firmly`),
  reportingParticiples: words(`
    said stated claimed announced admitted added asserted insisted confirmed denied acknowledged
    explained reported told warned accused promised rejected disputed argued estimated indicated
    revealed noted suggested alleged declared maintained vowed described wrote tweeted
    posted conceded boasted
  `),
  reportingPresent: words(`
    says states claims announces admits adds asserts insists confirms denies acknowledges explains
    reports tells warns accuses promises rejects disputes argues estimates indicates reveals notes
    suggests alleges declares maintains vows describes writes
  `),
  attributionMarkers: ["according to", "citing", "cited by", "quoted by", "per"],
  attributionFalse: ["which", "whom", "me", "us", "plan", "schedule"],
  superlatives: [
    "(?:the|its|their)\\s+(?:\\p{L}+\\s+)?(?:largest|biggest|highest|lowest|deadliest|worst|best|longest|greatest|heaviest|strongest|fastest|smallest|most\\s+\\p{L}+|least\\s+\\p{L}+)",
    "(?:the|its)\\s+(?:only|sole)\\s+\\p{L}+",
    "(?:unprecedented|record|record-breaking|all-time|historic|never\\s+before|never\\s+seen)",
    "since\\s+the\\s+(?:start|beginning|outbreak)\\s+of",
    "since\\s+(?:19|20)\\d\\d",
    "(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th))[-\\s](?:largest|biggest|highest|most\\s+\\p{L}+)",
  ],
  firstTime: [
    "(?:the\\s+)?first\\s+time\\s+(?:in|since)",
    "for\\s+the\\s+first\\s+time",
  ],
  comparisons: [
    "(?:rose|risen|rising|increased|increasing|fell|fallen|falling|dropped|decreased|declined|doubled|tripled|quadrupled|halved|jumped|surged|soared|plunged|grew|grown|climbed|exceeded|surpassed|outnumbered)",
    "(?:rises|increases|falls|drops|decreases|declines|doubles|triples|halves|jumps|surges|grows|climbs|exceeds)\\s+(?:by|to)",
    "(?:increase|decrease|rise|fall|drop|decline|jump|growth|surge)\\s+of\\s+(?:\\p{L}+\\s+)?\\d",
    "(?:compared\\s+(?:with|to)|relative\\s+to|up\\s+from|down\\s+from)",
    "(?:more|less|fewer|higher|lower|bigger|larger|smaller)\\s+(?:\\p{L}+\\s+){0,2}than\\s+(?:last|a\\s+year|the\\s+previous|in\\s+\\d{4}|before|expected)",
    "(?:two|three|four|ten|\\d+)\\s+times\\s+(?:more|as|higher|larger)",
  ],
  pastEvent: [
    "(?:has|have|had)\\s+(?:(?:\\p{L}+ly|also|already)\\s+)?(?:been\\s+)?\\p{L}{2,}(?:ed|en|wn|ne|ht|ck|un|ft|lt|nt|st)",
    "(?:was|were)\\s+(?:\\p{L}+ly\\s+)?\\p{L}{2,}(?:ed|en|wn|ht|ck|ung|ft|lt|nt)\\b",
    "\\p{L}{3,}ed",
    "(?:went|came|took|made|met|left|fled|struck|hit|shot|won|lost|began|fought|led|sent|held|gave|told|killed|seized|flew|arrived|launched|fired|attacked)",
  ],
  hedges: [
    "(?:could|might|may|would|should)\\s+(?:\\p{L}+\\s+)?(?:be|have|become|\\p{L}+)",
    "(?:possibly|perhaps|probably|likely|reportedly|apparently|seemingly|allegedly|appears?\\s+to|seems?\\s+to)",
  ],
  commentary: [
    "(?:illustrates|illustrate|underscores|underscore|highlights|highlight|reflects|reflect|testifies|symbolizes|symbolises)",
    "(?:it\\s+is|it's|this\\s+is)\\s+(?:\\p{L}+\\s+)?(?:remarkable|important|essential|crucial|clear|notable|striking|difficult\\s+to)",
  ],
  dates: [
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "(?:yesterday|today|this\\s+week|last\\s+(?:week|month|year|summer|winter|spring|autumn|fall)|in\\s+recent\\s+days|earlier\\s+this\\s+(?:week|month|year))",
    "(?:a\\s+few|two|three|several|\\d+)\\s+(?:hours|days|weeks|months|years)\\s+(?:ago|earlier|later)",
    "(?:january|february|march|april|june|july|august|september|october|november|december)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?",
    "in\\s+(?:19|20)\\d\\d",
  ],

  titles: words(`
    president vice-president minister prime chancellor general marshal admiral colonel commander lieutenant captain
    sergeant chief spokesman spokeswoman spokesperson governor mayor prefect deputy senator congressman
    congresswoman representative secretary ambassador director head leader king queen prince princess pope
    judge prosecutor attorney lawyer adviser advisor envoy commissioner official officer analyst expert
    counterpart candidate founder ceo chairman chairwoman chair
  `),
  honorifics: words(`mr. mrs. ms. dr. prof. mr mrs ms dr prof sir dame lord lady`),
  orgMarkers: words(`
    ministry army forces troops agency government parliament assembly senate party bank commission council
    court tribunal union organisation organization foundation institute university committee police
    administration department office authority authorities service company corporation group
    newspaper network broadcaster navy airforce kremlin pentagon
  `),
  placeMarkers: words(`region regions city cities town towns village villages province provinces oblast krai district county state capital country territory republic island port airport border`),
  locatives: words(`in at into near from to towards across`),
  nameConnectors: words(`of de du von van der den al el bin ben ibn da di dos y the`),
  pronouns: words(`he she`),
  clauseOpeners: words(`that which who where when while whereas if because since but as`),
  relativeSubjects: ["who", "which"],
  clauseSplitters: ["while", "whereas", "but"],
  demonymDeterminers: words(`the`),
};
