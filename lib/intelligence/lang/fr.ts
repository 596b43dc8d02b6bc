// French rules of the claim-suggestion engine. General French: nothing here names a person, a
// place or a figure of any particular article.
import type { LanguageRules } from "./types";

const words = (s: string): string[] => s.trim().split(/\s+/);

// Participles of reporting verbs, all genders and numbers are matched by the engine's
// participle pattern (é / ée / és / ées), so the masculine singular is enough here.
const REPORTING = words(`
  déclaré affirmé annoncé admis ajouté revendiqué assuré estimé indiqué précisé souligné confirmé
  démenti nié reconnu expliqué rapporté dit prévenu averti dénoncé accusé promis rejeté contesté
  martelé insisté répété jugé menacé avoué signalé
  rappelé répondu raconté écrit déploré regretté salué laissé\\s+entendre fait\\s+savoir
  confié
`);

export const fr: LanguageRules = {
  code: "fr",
  participlesStandAlone: false,

  abbreviations: words(`
    m mm mme mmes mlle mlles dr drs pr me mgr st ste sts vve av bd boul cf env éd etc. p pp
    vol chap fig no n° tél apr av.-j.-c j.-c jc gal gén col cdt lt sgt cap adj capt min
    prof ing dép art al coll ex éds réf
  `).filter((w) => !w.endsWith(".")),
  danglingWords: words(`
    le la les l’ l' un une des du de d’ d' au aux à et ou ni mais que qu’ qu' qui dont où sur sous dans
    par pour avec sans entre vers chez son sa ses leur leurs ce cet cette ces mon ma mes notre nos votre vos
    en y ne se très plus moins
  `),

  elisions: words(`l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu`),
  stopwords: words(`
    le la les l un une des du de d au aux à a et ou ni mais donc or car que qu qui quoi dont où
    ce cet cette ces ceci cela ça c il elle ils elles on nous vous je tu j me te se s m t lui leur leurs
    son sa ses mon ma mes ton ta tes notre nos votre vos y en ne n pas plus moins très aussi
    sur sous dans par pour avec sans entre vers chez contre depuis pendant avant après selon malgré
    lors dès durant parmi hors outre jusqu jusque lorsque puisque quand comme si sinon alors ainsi
    est sont été être avait avaient ont eu avoir fait faire sera seront serait seraient
    tout tous toute toutes autre autres même mêmes chaque plusieurs quelques certains certaines aucun aucune
    cependant toutefois pourtant néanmoins enfin ensuite puis également notamment surtout déjà encore
    ici là oui non bien mal peu beaucoup trop tant tandis après-midi
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    hier aujourd demain matin soir nuit
  `),

  decimalSeparator: ",",
  groupSeparators: " \u00A0\u202F.",
  numberWords: {
    zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
  },
  scaleWords: { cent: 100, cents: 100, mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  oneWords: ["un", "une"],
  numberJoiners: ["et"],
  approxNouns: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
    cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
  },
  vaguePlurals: {
    dizaines: 10, douzaines: 12, vingtaines: 20, centaines: 100, milliers: 1000, millions: 1e6, milliards: 1e9,
  },
  ofWords: ["de", "d’", "d'"],
  modifiers: {
    "plus de": { lowerBound: true }, "plus d’": { lowerBound: true }, "plus d'": { lowerBound: true },
    "au moins": { lowerBound: true }, "pas moins de": { lowerBound: true }, "au-delà de": { lowerBound: true },
    "au minimum": { lowerBound: true }, "supérieur à": { lowerBound: true }, "supérieure à": { lowerBound: true },
    "moins de": { upperBound: true }, "moins d’": { upperBound: true }, "moins d'": { upperBound: true },
    "au plus": { upperBound: true }, "au maximum": { upperBound: true }, "jusqu’à": { upperBound: true },
    "jusqu'à": { upperBound: true }, "inférieur à": { upperBound: true }, "inférieure à": { upperBound: true },
    environ: { approximate: true }, "d’environ": { approximate: true }, "d'environ": { approximate: true },
    quelque: { approximate: true }, "près de": { approximate: true }, "près d’": { approximate: true },
    "près d'": { approximate: true }, presque: { approximate: true }, "autour de": { approximate: true },
    approximativement: { approximate: true }, "à peu près": { approximate: true }, quasiment: { approximate: true },
    "aux alentours de": { approximate: true }, "de l’ordre de": { approximate: true }, "de l'ordre de": { approximate: true },
    "pas loin de": { approximate: true }, "quelque chose comme": { approximate: true }, "un peu plus de": { approximate: true, lowerBound: true },
    "un peu moins de": { approximate: true, upperBound: true }, "plus ou moins": { approximate: true },
  },
  ranges: [
    { open: "entre", join: "et" },
    { open: "de", join: "à" },
    { open: "d’", join: "à" },
    { open: "d'", join: "à" },
    { open: null, join: "à" },
    { open: null, join: "-" },
  ],
  percentWords: ["pour cent", "pourcent", "pour-cent"],
  anaphoricDeterminers: words(`les ces leurs ses nos vos mes tes`),
  unitSkipWords: words(`nouveaux nouvelles nouveau nouvelle autres premiers premières derniers dernières autres petits grands`),
  peopleNouns: words(`
    personne personnes mort morts morte mortes victime victimes tué tués blessé blessés soldat soldats
    civil civils enfant enfants otage otages habitant habitants prisonnier prisonniers militaire militaires
    combattant combattants réfugié réfugiés déplacé déplacés disparu disparus manifestant manifestants
    policier policiers membre membres employé employés salarié salariés patient patients élève élèves
  `),
  months: words(`janvier février mars avril mai juin juillet août septembre octobre novembre décembre`),

  auxiliaries: words(`a ont avait avaient aura auront eut eurent est sont était étaient`),
  adverbs: words(`
    également aussi encore déjà pourtant fermement notamment ensuite enfin toutefois cependant alors
    récemment publiquement officiellement clairement vivement formellement catégoriquement aussitôt
    lui leur même pour sa part de son côté
  `),
  reportingParticiples: REPORTING,
  reportingPresent: words(`
    déclare affirme annonce admet ajoute revendique assure estime indique précise souligne confirme
    dément nie reconnaît explique rapporte dit prévient avertit dénonce accuse promet rejette conteste
    martèle insiste répète avoue signale
    rappelle répond raconte écrit déplore regrette décrit
    déclarent affirment annoncent admettent ajoutent revendiquent assurent estiment indiquent précisent
    soulignent confirment démentent nient reconnaissent expliquent rapportent disent préviennent
    dénoncent accusent promettent rejettent contestent répètent décrivent
  `),
  attributionMarkers: ["selon", "d’après", "d'après", "de source", "aux dires de", "citant", "cité par"],
  attributionFalse: ["lequel", "laquelle", "lesquels", "lesquelles", "que", "qu’", "qu'", "moi", "nous", "vous", "toute vraisemblance", "toute probabilité", "les cas", "le cas"],
  superlatives: [
    "(?:le|la|les|l’|l')\\s+(?:\\S+\\s+)?(?:plus|moins)\\s+(?:grand|grande|grands|grandes|important|importante|importants|importantes|élevé|élevée|élevés|élevées|lourd|lourde|lourds|lourdes|meurtrier|meurtrière|meurtriers|meurtrières|massif|massive|massives|long|longue|longs|longues|fort|forte|forts|fortes|bas|basse|faible|faibles|gros|grosse|grave|graves|violent|violente|violents|violentes|peuplé|peuplée|ancien|ancienne|vaste|haut|haute|puissant|puissante|rapide|intense|intenses|nombreux|nombreuses)",
    "(?:le|la|l’|l')\\s+(?:seul|seule|unique)\\s+\\p{L}+",
    "(?:le|la|les)\\s+(?:premier|première|premiers|premières|dernier|dernière)\\s+(?:\\p{L}+\\s+){0,3}depuis",
    "(?:sans\\s+précédent|inédit|inédite|inédits|inédites|record|records|historique|jamais\\s+vu|jamais\\s+vue|du\\s+jamais-vu|jamais\\s+égalé)",
    "depuis\\s+le\\s+début\\s+(?:du|de\\s+la|des)",
    "depuis\\s+(?:19|20)\\d\\d",
    "(?:deuxième|troisième|quatrième|cinquième|\\d+e)\\s+plus\\s+\\p{L}+",
  ],
  firstTime: [
    "(?:pour\\s+la\\s+|la\\s+|c’était\\s+la\\s+|c'était\\s+la\\s+)?première\\s+fois\\s+(?:en|depuis|de)",
    "pour\\s+la\\s+première\\s+fois",
    "une\\s+première\\s+(?:depuis|en)",
  ],
  comparisons: [
    "(?:a|ont|avait|avaient|a\\s+été|est|sont)\\s+(?:\\p{L}+\\s+)?(?:augmenté|augmentée|diminué|diminuée|baissé|baissée|chuté|reculé|progressé|grimpé|bondi|doublé|doublée|triplé|triplée|quadruplé|quadruplée|décuplé|divisé|divisée|multiplié|multipliée|dépassé|dépassée|atteint|atteinte|franchi)",
    "(?:augmente|augmentent|diminue|diminuent|baisse|baissent|chute|chutent|recule|reculent|progresse|progressent|grimpe|grimpent|double|doublent|triple|triplent|dépasse|dépassent|atteint|atteignent)\\s+(?:de|d’|d')",
    "(?:hausse|baisse|augmentation|diminution|progression|recul|chute|croissance|bond|repli)\\s+(?:de|d’|d')\\s*(?:\\p{L}+\\s+)?\\d",
    "(?:par\\s+rapport\\s+(?:à|au|aux)|comparé\\s+(?:à|au|aux)|en\\s+comparaison\\s+(?:de|avec))",
    "(?:plus|moins|autant)\\s+(?:\\p{L}+\\s+){0,2}que\\s+(?:l’an|l'an|l’année|l'année|le\\s+mois|la\\s+semaine|en\\s+\\d{4}|avant|prévu)",
    "(?:deux|trois|quatre|dix|cent)\\s+fois\\s+plus",
  ],
  pastEvent: [
    "(?:a|ont|avait|avaient)\\s+(?:(?:\\p{L}+ment|également|aussi|déjà|encore|alors|enfin|même|bien)\\s+)?(?:été\\s+)?\\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes|ait|aite|aits|aites|os|ose|ts)",
    "(?:est|sont|était|étaient)\\s+(?:(?:\\p{L}+ment|également|aussi|déjà|alors)\\s+)?(?:arrivé|arrivée|arrivés|arrivées|parti|partie|partis|parties|venu|venue|venus|venues|mort|morte|morts|mortes|tombé|tombée|tombés|tombées|entré|entrée|entrés|entrées|rentré|rentrée|retourné|retournée|né|née|décédé|décédée|décédés|passé|passée|devenu|devenue|resté|restée|restés|intervenu|survenu|survenue)",
    "(?:s’est|s'est|se\\s+sont|s’était|s'était|se\\s+sont)\\s+(?:\\p{L}+ment\\s+)?\\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|is|ise)",
    "(?:été|ont\\s+été|a\\s+été|sont|est)\\s+\\p{L}{3,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\\s+par\\s+(?:le\\s+|la\\s+|les\\s+|l’|l')?\\p{Lu}\\p{L}*",
    "\\p{L}{3,}(?:ée|ées|és)\\s+par\\s+(?:le\\s+|la\\s+|les\\s+|l’|l')?\\p{Lu}\\p{L}*",
  ],
  hedges: [
    "(?:pourrait|pourraient|devrait|devraient|serait|seraient|aurait|auraient|semblerait|sembleraient|faudrait)",
    "(?:il\\s+semble|semble|semblent|semblait|probablement|peut-être|sans\\s+doute|éventuellement|vraisemblablement|potentiellement|envisage|envisagent)",
    "\\p{L}{2,}(?:erait|eraient|irait|iraient|drait|draient)",
  ],
  commentary: [
    "(?:témoigne|témoignent|illustre|illustrent|reflète|reflètent|symbolise|symbolisent)",
    "(?:met|mettent)\\s+en\\s+(?:lumière|évidence|exergue)",
    "(?:c’est|c'est|il\\s+est)\\s+(?:\\p{L}+\\s+)?(?:remarquable|important|essentiel|crucial|évident|clair|difficile\\s+de|intéressant|regrettable|frappant|notable)",
    "(?:s’inscrit|s'inscrit|s’inscrivent|s'inscrivent)\\s+dans",
  ],
  dates: [
    "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    "(?:hier|avant-hier|aujourd’hui|aujourd'hui|cette\\s+semaine|la\\s+semaine\\s+dernière|le\\s+mois\\s+dernier|l’an\\s+dernier|l'an\\s+dernier|l’année\\s+dernière|l'année\\s+dernière|l’été\\s+dernier|l'été\\s+dernier|l’hiver\\s+dernier|l'hiver\\s+dernier|ces\\s+derniers\\s+jours|ces\\s+dernières\\s+semaines)",
    "(?:quelques|deux|trois|plusieurs|\\d+)\\s+(?:heures|jours|semaines|mois|ans|années)\\s+plus\\s+(?:tôt|tard)",
    "il\\s+y\\s+a\\s+(?:quelques|deux|trois|plusieurs|\\d+)\\s+(?:heures|jours|semaines|mois|ans|années)",
    "(?:\\d{1,2}(?:er)?\\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\\s+\\d{4})?",
    "en\\s+(?:19|20)\\d\\d",
  ],

  titles: words(`
    président présidente vice-président vice-présidente ministre ministres premier-ministre chancelier chancelière
    général générale maréchal amiral colonel commandant lieutenant capitaine sergent chef cheffe
    porte-parole gouverneur gouverneure maire préfet préfète député députée sénateur sénatrice
    secrétaire ambassadeur ambassadrice directeur directrice patron patronne dirigeant dirigeante
    roi reine prince princesse pape juge procureur procureure avocat avocate conseiller conseillère
    envoyé envoyée émissaire représentant représentante responsable commissaire haut-commissaire
    chef d’état-major opposant opposante militant militante journaliste expert experte analyste
    homologue leader candidat candidate fondateur fondatrice pdg recteur rectrice évêque archevêque
    bâtonnier doyen doyenne adjoint adjointe élu élue
  `),
  honorifics: words(`m. mme mlle dr pr me mgr monsieur madame mademoiselle`),
  orgMarkers: words(`
    ministère ministre armée armées forces troupes agence gouvernement parlement assemblée sénat parti
    banque commission conseil cour tribunal union organisation fondation institut université comité
    police gendarmerie état-major administration département office autorité autorités service services
    société entreprise groupe compagnie syndicat ong association journal chaîne radio télévision
    kremlin présidence mairie préfecture marine aviation
  `),
  placeMarkers: words(`
    région régions ville villes village villages province provinces oblast kraï district arrondissement
    département commune localité localités capitale pays état territoire république île port aéroport
    frontière quartier canton comté préfecture
  `),
  locatives: words(`à en au aux dans vers près depuis jusqu sur`),
  nameConnectors: words(`de du des d’ d' la le von van der den al el bin ben ibn da di dos das y`),
  pronouns: words(`il elle`),
  clauseOpeners: words(`que qu’ qu' qui où dont lorsque quand si tandis alors mais car donc puis comme puisque`),
  relativeSubjects: ["qui"],
  clauseSplitters: ["tandis que", "tandis qu’", "tandis qu'", "alors que", "alors qu’", "alors qu'", "mais"],
  demonymDeterminers: words(`les des aux ces`),
};
