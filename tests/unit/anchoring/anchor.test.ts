import { describe as suite, expect, it } from "vitest";
import { anchor, matchKey, reanchorAll, unchangedRegions, type AnchorResult } from "@/lib/anchoring/anchor";
import { describe, type AnchorSelectors } from "@/lib/anchoring/selectors";

const NBSP = "\u00A0";
const NNBSP = "\u202F"; // narrow no-break space, French typography before « % ; : ! ?

/** Selectors for the n-th occurrence of `quote` in `text`, as the editor would store them. */
function claim(text: string, quote: string, occurrence = 0): AnchorSelectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" (#${occurrence}) not in text`);
  return describe(text, start, start + quote.length);
}

/** The text an anchor result covers, or null for an orphan. */
function read(text: string, r: AnchorResult): string | null {
  return r.method === "orphan" ? null : text.slice(r.start, r.end);
}

const BASE =
  "Le gouvernement affirme que le chômage a baissé de 2 points en un an. L'opposition conteste ces chiffres et parle d'un effet statistique. Le ministre doit s'expliquer jeudi devant les députés.";
const QUOTE = "le chômage a baissé de 2 points en un an";

suite("anchor — edits around the quote", () => {
  const sel = claim(BASE, QUOTE);

  it("keeps the stored position when nothing changed", () => {
    expect(anchor(BASE, sel)).toEqual({ start: sel.position.start, end: sel.position.end, method: "position" });
  });

  it("finds the quote after an insertion before it", () => {
    const next = `Mise à jour du 3 mai. ${BASE}`;
    const r = anchor(next, sel);
    expect(r).toMatchObject({ method: "quote", start: next.indexOf(QUOTE) });
    expect(read(next, r)).toBe(QUOTE);
  });

  it("keeps the position after an insertion after it", () => {
    const next = `${BASE} Une conférence de presse est prévue.`;
    expect(anchor(next, sel)).toMatchObject({ method: "position", start: sel.position.start, end: sel.position.end });
  });

  it("follows the quote fuzzily after an insertion inside it", () => {
    const next = BASE.replace("de 2 points", "de près de 2 points");
    const r = anchor(next, sel);
    expect(r.method).toBe("fuzzy");
    expect(read(next, r)).toBe("le chômage a baissé de près de 2 points en un an");
    expect(r.method !== "orphan" && r.score).toBeGreaterThan(0.8);
  });

  it("follows a small correction inside the quote", () => {
    const next = `Correctif. ${BASE.replace("2 points", "1,8 point")}`;
    const r = anchor(next, sel);
    expect(r.method).toBe("fuzzy");
    expect(read(next, r)).toBe("le chômage a baissé de 1,8 point en un an");
  });

  it("makes the claim an orphan when its text is deleted", () => {
    const next = BASE.replace(`que ${QUOTE}`, "que tout va bien");
    const r = anchor(next, sel);
    expect(r.method).toBe("orphan");
  });

  it("makes the claim an orphan when the whole sentence goes", () => {
    const next = BASE.slice(BASE.indexOf("L'opposition"));
    expect(anchor(next, sel)).toEqual({ method: "orphan", reason: expect.stringMatching(/not-found|low-score/) });
  });

  it("finds a quote moved to another paragraph", () => {
    const next = `L'opposition conteste. Le ministre doit s'expliquer jeudi.\n\nEn résumé, ${QUOTE}, selon le gouvernement.`;
    const r = anchor(next, sel);
    expect(r.method).toBe("quote");
    expect(read(next, r)).toBe(QUOTE);
  });

  it("works without a position selector", () => {
    const next = `Titre\n\n${BASE}`;
    expect(read(next, anchor(next, { quote: sel.quote }))).toBe(QUOTE);
  });

  it("does not invent a match for a short quote that is gone", () => {
    const s = claim(BASE, "jeudi");
    expect(anchor(BASE.replace("jeudi", "vendredi"), s).method).toBe("orphan");
  });

  it("makes a claim with an empty quote an orphan rather than matching everywhere", () => {
    expect(anchor(BASE, { quote: { type: "TextQuoteSelector", exact: "" } })).toEqual({ method: "orphan", reason: "invalid-selector" });
  });
});

suite("anchor — repeated quotes", () => {
  const TEXT =
    "Lundi, la mairie a promis « des travaux dès cet été » pour le gymnase. Mardi, la région a promis « des travaux dès cet été » pour le lycée. Mercredi, personne n'a rien promis.";
  const Q = "« des travaux dès cet été »";

  it.each([
    [0, "pour le gymnase"],
    [1, "pour le lycée"],
  ])("picks occurrence %i by its prefix and suffix after the text shifts", (occurrence, after) => {
    const sel = claim(TEXT, Q, occurrence);
    const next = `Brève. ${TEXT}`;
    const r = anchor(next, sel);
    expect(r.method).toBe("quote");
    if (r.method === "orphan") return;
    expect(next.slice(r.start, r.end)).toBe(Q);
    expect(next.slice(r.end, r.end + after.length + 1)).toBe(` ${after}`);
  });

  it("picks by context even when the occurrences swap places", () => {
    const sel = claim(TEXT, Q, 1); // the region's promise
    const [monday, tuesday, rest] = TEXT.split(". ");
    const next = `${tuesday}. ${monday}. ${rest}`;
    const r = anchor(next, sel);
    expect(r.method === "orphan" ? -1 : r.start).toBe(next.indexOf(Q));
    expect(next.startsWith("Mardi")).toBe(true);
  });

  it("breaks a context tie by closeness to the old position", () => {
    const text = "xx AB yy. xx AB yy. xx AB yy.";
    const sel = describe(text, 23, 25, { context: 3 });
    expect(anchor(`!${text}`, sel)).toMatchObject({ method: "quote", start: 24 });
  });
});

suite("anchor — special characters", () => {
  it("matches « » with NBSP in the old text against plain spaces in the new one, with exact new offsets", () => {
    const old = `Il a dit :${NBSP}«${NBSP}nous tiendrons${NBSP}» devant la presse.`;
    const sel = claim(old, `«${NBSP}nous tiendrons${NBSP}»`);
    const next = `Hier, il a dit : « nous tiendrons » devant la presse.`;
    const r = anchor(next, sel);
    expect(read(next, r)).toBe("« nous tiendrons »");
    expect(r).toMatchObject({ start: next.indexOf("«"), end: next.indexOf("»") + 1 });
  });

  it("matches plain spaces in the old text against NBSP and narrow NBSP in the new one", () => {
    const old = "Le taux atteint 46 % selon l'Insee.";
    const sel = claim(old, "46 %");
    const next = `Selon l'Insee, le taux atteint 46${NNBSP}% cette année.`;
    const r = anchor(next, sel);
    expect(read(next, r)).toBe(`46${NNBSP}%`);
  });

  it("checks the stored position with the same whitespace-insensitive key", () => {
    const old = "Le taux atteint 46 % selon l'Insee.";
    const sel = claim(old, "46 %");
    const next = old.replace("46 %", `46${NBSP}%`);
    expect(anchor(next, sel)).toEqual({ start: sel.position.start, end: sel.position.end, method: "position" });
  });

  it("finds \"46 %\" with NBSP among other percentages", () => {
    const text = `Le chômage touche 12${NBSP}% des jeunes, contre 46${NBSP}% en 2010 et 30${NBSP}% ailleurs.`;
    const sel = claim(text, `46${NBSP}%`);
    const next = `Note. ${text}`;
    expect(read(next, anchor(next, sel))).toBe(`46${NBSP}%`);
  });

  it("treats a whitespace run as one space, and returns the whole run", () => {
    const sel = claim("Il a dit nous tiendrons bon.", "nous tiendrons");
    const next = "Avant. Il a dit nous  \n tiendrons bon.";
    expect(read(next, anchor(next, sel))).toBe("nous  \n tiendrons");
  });

  it("matches the typographic apostrophe with the straight one, both ways", () => {
    const curly = "Selon l’Insee, l’inflation ralentit.";
    const straight = "Ce matin. Selon l'Insee, l'inflation ralentit.";
    expect(read(straight, anchor(straight, claim(curly, "l’inflation ralentit")))).toBe("l'inflation ralentit");
    expect(read(`X ${curly}`, anchor(`X ${curly}`, claim(straight, "l'inflation ralentit")))).toBe("l’inflation ralentit");
  });

  it("matches a decomposed accent (e + U+0301) with the precomposed é, offsets in the real text", () => {
    const decomposed = "La re\u0301forme a e\u0301te\u0301 vote\u0301e hier.";
    const sel = claim(decomposed, "a e\u0301te\u0301 vote\u0301e");
    const next = "Enfin, la réforme a été votée hier.";
    const r = anchor(next, sel);
    expect(read(next, r)).toBe("a été votée");
    // And the other way: the new text decomposed, the match covers letters with their accents.
    const back = `Enfin, ${decomposed}`;
    const r2 = anchor(back, claim(next, "été votée"));
    expect(read(back, r2)).toBe("e\u0301te\u0301 vote\u0301e");
  });

  it("never separates a letter from its combining accent in a fuzzy match", () => {
    const old = "Il a parlé d'une réforme très attendue par tous.";
    const sel = claim(old, "une réforme très attendue");
    const next = "Il a parlé d'une re\u0301forme tre\u0300s, tre\u0300s attendue par tous.";
    const r = anchor(next, sel);
    expect(r.method).toBe("fuzzy");
    const covered = read(next, r)!;
    expect(covered.normalize("NFC")).toContain("réforme");
    expect(/^\p{M}/u.test(next.slice(r.method === "orphan" ? 0 : r.end))).toBe(false);
  });

  it("keeps UTF-16 offsets with emoji before the quote", () => {
    const old = "Le porte-parole a confirmé la visite du président.";
    const sel = claim(old, "confirmé la visite");
    const next = "🔴🔴 Direct 📢 Le porte-parole a confirmé la visite du président.";
    const r = anchor(next, sel);
    expect(r).toMatchObject({ method: "quote", start: next.indexOf("confirmé") });
    expect(read(next, r)).toBe("confirmé la visite");
  });

  it("keeps emoji inside the quote whole", () => {
    const old = "Il a publié « merci 🙏 à tous » sur son compte.";
    const sel = claim(old, "« merci 🙏 à tous »");
    const next = `👉 ${old.replace("🙏", "🙏🙏")}`;
    const r = anchor(next, sel);
    expect(r.method).toBe("fuzzy");
    expect(read(next, r)).toBe("« merci 🙏🙏 à tous »");
  });

  it("never returns offsets inside a surrogate pair when an emoji replaces a quote's edge", () => {
    const old = "Bilan : 430 soldats blessés selon l'état-major.";
    const sel = claim(old, "430 soldats blessés");
    const next = "Bilan : 😢430 soldats bless😢 selon l'état-major.";
    const r = anchor(next, sel);
    expect(r.method).not.toBe("orphan");
    if (r.method === "orphan") return;
    for (const at of [r.start, r.end]) {
      const c = next.charCodeAt(at);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });
});

suite("matchKey", () => {
  it("folds whitespace, apostrophes and normalises to NFC", () => {
    expect(matchKey(`l’e\u0301te\u0301${NBSP}${NNBSP} \t 46${NNBSP}%`)).toBe("l'été 46 %");
  });
});

suite("unchangedRegions", () => {
  it("maps the text around word-level edits", () => {
    const old = "un deux trois quatre cinq six";
    const next = "zéro un deux TROIS quatre six sept";
    const regions = unchangedRegions(old, next);
    for (const r of regions) expect(next.slice(r.newStart, r.newStart + r.length)).toBe(old.slice(r.oldStart, r.oldStart + r.length));
    expect(regions).toEqual([
      { oldStart: 0, newStart: 5, length: "un deux".length },
      { oldStart: 14, newStart: 19, length: "quatre".length },
      { oldStart: 26, newStart: 26, length: "six".length },
    ]);
  });

  it("handles identical, empty and completely different texts", () => {
    expect(unchangedRegions("a b", "a b")).toEqual([{ oldStart: 0, newStart: 0, length: 3 }]);
    expect(unchangedRegions("", "a b")).toEqual([]);
    expect(unchangedRegions("a b", "c d e")).toEqual([]);
    expect(unchangedRegions("a  b c", "a b c")).toEqual([{ oldStart: 0, newStart: 0, length: 1 }, { oldStart: 3, newStart: 2, length: 3 }]);
  });
});

suite("reanchorAll", () => {
  const OLD = [
    "Le maire a annoncé 120 millions d'euros pour les écoles.",
    "Selon lui, « aucune classe ne fermera » cette année.",
    "Les syndicats dénoncent un effet d'annonce.",
    "Le budget sera voté le 12 mars.",
    "Le maire a annoncé 120 millions d'euros pour les écoles.",
  ].join(" ");
  const quotes: [string, number][] = [
    ["120 millions d'euros", 0],
    ["« aucune classe ne fermera »", 0],
    ["un effet d'annonce", 0],
    ["le 12 mars", 0],
    ["120 millions d'euros", 1],
  ];
  const claims = quotes.map(([q, n]) => claim(OLD, q, n));

  it("returns one result per claim, in order, matching anchor() one by one", () => {
    const next = `Édition du soir. ${OLD.replace("dénoncent un effet d'annonce", "parlent d'un simple effet d'annonce").replace("12 mars", "19 mars")}`;
    const all = reanchorAll(claims, next, { oldText: OLD });
    // The fuzzy match of "un effet d'annonce" is widened to whole words; a one-digit date
    // correction is followed (fuzzy, for an editor to review), not orphaned.
    expect(all.map((r) => read(next, r))).toEqual(["120 millions d'euros", "« aucune classe ne fermera »", "simple effet d'annonce", "le 19 mars", "120 millions d'euros"]);
    expect(all.map((r) => r.method)).toEqual(["position", "position", "fuzzy", "fuzzy", "position"]);
    expect(all[4]).toMatchObject({ start: next.lastIndexOf("120 millions") });
    // Without the old text it searches each quote; the outcome is the same.
    expect(reanchorAll(claims, next).map((r) => read(next, r))).toEqual(all.map((r) => read(next, r)));
  });

  it("places quotes in untouched text by the diff alone, even repeated ones", () => {
    const next = OLD.replace("Les syndicats", "Plusieurs syndicats enseignants");
    const all = reanchorAll(claims, next, { oldText: OLD });
    expect(all.map((r) => r.method)).toEqual(["position", "position", "position", "position", "position"]);
    expect(all[4]).toMatchObject({ start: next.lastIndexOf("120 millions") });
  });

  it("verifies a mapped position before trusting it", () => {
    const next = OLD.replace("« aucune classe ne fermera »", "« une classe pourrait fermer »");
    const r = reanchorAll([claims[1]!], next, { oldText: OLD })[0]!;
    expect(r.method).toBe("orphan");
  });
});

suite("reanchorAll — orphans searched only where the text changed", () => {
  /** mulberry32, so the generated texts are the same on every run. */
  function rng(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const WORDS = "le la les un des de du et que selon préfet armée région drones soldats hausse baisse affirme dément l’opposition aujourd’hui 46\u00a0% «\u00a0jamais\u00a0»".split(" ");
  const sentence = (random: () => number) => {
    const s = Array.from({ length: 8 + Math.floor(random() * 10) }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(" ");
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  /** An orphan as the claims table keeps it: selectors of a sentence no longer in the text. */
  const orphanOf = (s: string, before: string, after: string): AnchorSelectors => {
    const text = `${before} ${s} ${after}`;
    return describe(text, before.length + 1, before.length + 1 + s.length);
  };

  it("finds an orphan whose sentence comes back, exactly or retyped, and leaves the others orphaned", () => {
    const random = rng(7);
    const paragraphs = Array.from({ length: 30 }, () => Array.from({ length: 4 }, () => sentence(random)).join(" "));
    const old = paragraphs.join("\n\n");
    const gone = Array.from({ length: 6 }, () => sentence(random));
    const orphans = gone.map((s, i) => orphanOf(s, paragraphs[i * 4]!.slice(-40), paragraphs[i * 4 + 1]!.slice(0, 40)));
    // Three of them come back (one verbatim, one with a typo, one with its apostrophe retyped) in
    // edited paragraphs; the rest of the text is untouched.
    const next = paragraphs
      .map((p, i) =>
        i === 0 ? `${p} ${gone[0]}` : i === 4 ? `${p} ${gone[1]!.replace(/e/, "é")}` : i === 8 ? `${gone[2]!.replaceAll("’", "'")} ${p}` : p,
      )
      .join("\n\n");
    const input = orphans.map((o) => ({ quote: o.quote }));
    const restricted = reanchorAll(input.map((c) => ({ ...c, absentFromOld: true })), next, { oldText: old });
    const full = reanchorAll(input, next);
    expect(restricted).toEqual(full);
    expect(restricted.map((r) => r.method)).toEqual(["quote", "fuzzy", "quote", "orphan", "orphan", "orphan"]);
    expect(read(next, restricted[0]!)).toBe(gone[0]);
  });

  it("finds a quote that a deletion formed out of the text around it, across the seam", () => {
    const old = "Hier soir. Le préfet a annoncé jeudi après une longue réunion avec les élus la fermeture de trois lycées dans la région.";
    // The orphan's quote had "des"; the text now reads "de": only the fuzzy search finds it.
    const orphan = orphanOf("Le préfet a annoncé jeudi la fermeture des trois lycées", "Hier soir.", "dans la région.");
    const next = old.replace("après une longue réunion avec les élus ", "");
    const [r] = reanchorAll([{ quote: orphan.quote, absentFromOld: true }], next, { oldText: old });
    expect(r).toMatchObject({ method: "fuzzy" });
    expect(read(next, r!)).toBe("Le préfet a annoncé jeudi la fermeture de trois lycées");
    expect(reanchorAll([{ quote: orphan.quote }], next)).toEqual([r]);
    expect(reanchorAll([{ quote: orphan.quote }], old)[0]!.method).toBe("orphan");
  });

  it("matches the full search on random edits of a generated article", () => {
    const random = rng(2026);
    for (let round = 0; round < 5; round++) {
      const paragraphs = Array.from({ length: 40 }, () => Array.from({ length: 4 }, () => sentence(random)).join(" "));
      const old = paragraphs.join("\n\n");
      // Orphans: sentences of a text that is gone, some of which the edit brings back, retyped or not.
      const pool = Array.from({ length: 12 }, () => sentence(random));
      const orphans = pool.map((s) => orphanOf(s, sentence(random), sentence(random)));
      const next = paragraphs
        .map((p, i) => {
          if (i % 7 !== round) return p;
          const s = pool[i % pool.length]!;
          return random() < 0.5 ? `${p} ${s}` : `${s.slice(0, 20)}${s.slice(22)} ${p.replace(/^\S+ \S+ /, "")}`;
        })
        .join("\n\n");
      const input = orphans.map((o) => ({ quote: o.quote }));
      expect(reanchorAll(input.map((c) => ({ ...c, absentFromOld: true })), next, { oldText: old })).toEqual(reanchorAll(input, next));
    }
  });
});
