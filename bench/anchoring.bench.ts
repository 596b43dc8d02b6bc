// Benchmark "anchoring": re-anchoring 1,000 claims after a 5 % edit of a 10,000-word French-like
// article (issue 4, target < 200 ms). Pure CPU, no database: a generated text, generated claims
// (random sentence spans, some quotes repeated word for word), a deterministic edit, then
// `reanchorAll` timed over 5 runs. Figures explained in bench/README.md.
// Run: `npm run bench -- anchoring`.
import { reanchorAll, type AnchorResult } from "@/lib/anchoring/anchor";
import { describe, type AnchorSelectors } from "@/lib/anchoring/selectors";
import { below, median, round, writeResult, type Figure } from "./lib/report";

const WORDS = 10_000;
const CLAIMS = 1_000;
const EDIT_SHARE = 0.05;
const RUNS = 5;
const TARGET_MS = 200;

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260404);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const LEXICON = (
  "le la les un une des du de au aux et ou mais donc car ni que qui dont où selon après avant pendant depuis " +
  "gouvernement ministre préfet mairie région député députée syndicat armée état-major porte-parole président " +
  "annonce affirme déclare conteste dément confirme précise estime rappelle promet assure reconnaît " +
  "chômage inflation budget réforme hôpital école lycée frontière territoire soldats drones victimes euros " +
  "hausse baisse millions milliards pour-cent semaine mois année jeudi lundi hier soir matin nuit " +
  "l’opposition l’Insee l’enquête d’après aujourd’hui c’est n’a qu’il " +
  "nouveau première dernière importante inédite fragile officielle provisoire contestée attendue"
).split(" ");
const QUOTES = ["«\u00a0nous ne reculerons pas\u00a0»", "« aucune classe ne fermera »", "« des centaines par jour »", "« c’est inacceptable »"];

function sentence(): string {
  const n = 8 + Math.floor(random() * 18);
  const words = Array.from({ length: n }, () => pick(LEXICON));
  if (random() < 0.3) words.splice(1 + Math.floor(random() * (n - 1)), 0, `${Math.floor(random() * 990) + 10}\u00a0%`);
  if (random() < 0.15) words.push(pick(QUOTES));
  const s = words.join(" ");
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** About WORDS words in paragraphs of 3–7 sentences; a few sentences repeat word for word. */
function article(): string {
  const paragraphs: string[] = [];
  const repeated = Array.from({ length: 6 }, sentence);
  let words = 0;
  while (words < WORDS) {
    const p = Array.from({ length: 3 + Math.floor(random() * 5) }, () => (random() < 0.04 ? pick(repeated) : sentence())).join(" ");
    words += p.split(" ").length;
    paragraphs.push(p);
  }
  return paragraphs.join("\n\n");
}

/** CLAIMS claims: a span of whole words inside one sentence (3–20 words), or a whole sentence. */
function claims(text: string): AnchorSelectors[] {
  const sentences = [...text.matchAll(/[^.\n]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: AnchorSelectors[] = [];
  while (out.length < CLAIMS) {
    const s = pick(sentences);
    const wordsAt = [...text.slice(s.start, s.end).matchAll(/\S+/g)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
    if (random() < 0.2) {
      out.push(describe(text, wordsAt[0]!.start, s.end));
      continue;
    }
    const len = Math.min(wordsAt.length, 3 + Math.floor(random() * 18));
    const from = Math.floor(random() * (wordsAt.length - len + 1));
    out.push(describe(text, wordsAt[from]!.start, wordsAt[from + len - 1]!.end));
  }
  return out;
}

/** Edits EDIT_SHARE of the words, spread over the text: a third inserted, a third deleted, a third replaced. */
function edit(text: string): string {
  const tokens = text.split(/( +)/);
  const wordIdx = tokens.map((t, i) => (t.trim() && !t.startsWith(" ") ? i : -1)).filter((i) => i >= 0);
  const count = Math.round(wordIdx.length * EDIT_SHARE);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(pick(wordIdx));
  for (const i of chosen) {
    const r = random();
    if (r < 1 / 3) tokens[i] = `${tokens[i]} ${pick(LEXICON)}`;
    else if (r < 2 / 3) tokens[i] = "";
    else tokens[i] = pick(LEXICON);
  }
  return tokens.join("").replace(/ {2,}/g, " ");
}

const oldText = article();
const selectors = claims(oldText);
const newText = edit(oldText);
const repeatedQuotes = selectors.length - new Set(selectors.map((s) => s.quote.exact)).size;
console.log(`  text: ${oldText.split(/\s+/).length} words, ${oldText.length} code units; edited: ${newText.length} code units; ${selectors.length} claims (${repeatedQuotes} share their quote with another)`);

let results: AnchorResult[] = [];
const times: number[] = [];
reanchorAll(selectors.slice(0, 50), newText, { oldText }); // warm the JIT on a small batch first
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  results = reanchorAll(selectors, newText, { oldText });
  times.push(performance.now() - t);
}
// Without the old text: no diff, every claim goes through the search.
const searchTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  const t = performance.now();
  reanchorAll(selectors, newText);
  searchTimes.push(performance.now() - t);
}

if (results.length !== CLAIMS) throw new Error(`expected ${CLAIMS} results, got ${results.length}`);
const count = (m: AnchorResult["method"]) => results.filter((r) => r.method === m).length;
// Sanity: a position/quote result must read the quote (modulo whitespace) in the new text.
const misplaced = results.filter((r, i) => (r.method === "position" || r.method === "quote") && newText.slice(r.start, r.end).replace(/\s+/g, " ") !== selectors[i]!.quote.exact.replace(/\s+/g, " ")).length;
if (misplaced > 0) throw new Error(`${misplaced} exact anchors do not read their quote`);

const figures: Figure[] = [
  below("re-anchor 1,000 claims after a 5% edit (median)", round(median(times)), "ms", TARGET_MS, `runs: ${times.map(round).join(", ")} ms; 10,000-word text, word-level diff + search`),
  { metric: "re-anchor without the old text (search only, median)", value: round(median(searchTimes)), unit: "ms", note: `runs: ${searchTimes.map(round).join(", ")} ms` },
  { metric: "anchored by position", value: count("position"), unit: "claims" },
  { metric: "anchored by exact quote", value: count("quote"), unit: "claims" },
  { metric: "anchored by fuzzy match", value: count("fuzzy"), unit: "claims" },
  { metric: "orphans", value: count("orphan"), unit: "claims", note: "claims whose quote lost too much of its text to the edit" },
];
for (const f of figures) console.log(`  ${f.metric}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target}: ${f.met ? "met" : "MISSED"})` : ""}`);
await writeResult("anchoring", figures);
