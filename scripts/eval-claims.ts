// `npm run eval:claims` — scores the claim-suggestion engine against the hand-annotated claims of
// ../shared/corpus/gold-claims.json (issue 5): each annotated article is decoded and cleaned as an
// import would, suggestions are computed on the cleaned text, and suggestions and gold claims are
// matched one to one by span overlap. Prints precision, recall and F1 per kind and overall.
//   npm run eval:claims                 # the corpus next to the repository
//   npm run eval:claims -- --verbose    # also every miss and every unmatched suggestion
//   npm run eval:claims -- <dir>        # another folder with *.txt and gold-claims.json
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { cleanArticle } from "@/lib/import/clean";
import { decodeText } from "@/lib/import/decode";
import { KINDS, Scorer, locate, type GoldClaim, type KindedSpan, type Prf } from "@/lib/intelligence/eval";
import { suggest } from "@/lib/intelligence";

const TARGET_RECALL = 0.9;
const TARGET_PRECISION = 0.6;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const repoRoot = path.resolve(import.meta.dirname, "..");
const corpus = path.resolve(args.find((a) => !a.startsWith("-")) ?? path.join(repoRoot, "..", "shared", "corpus"));
const goldFile = path.join(corpus, "gold-claims.json");

if (!existsSync(goldFile)) {
  console.log(`eval:claims skipped: ${goldFile} not found (the annotated corpus lives in ../shared/corpus, next to the repository).`);
  process.exit(0);
}

const gold = JSON.parse(readFileSync(goldFile, "utf8")) as GoldClaim[];
const files = [...new Set(gold.map((g) => g.file))].sort();
const scorer = new Scorer();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, " ");

for (const file of files) {
  const raw = decodeText(readFileSync(path.join(corpus, file))).text;
  const article = cleanArticle({ kind: "text", content: raw, fileName: file });
  const text = article.text;
  const suggestions = suggest(text, { language: article.metadata.language ?? "fr" });
  const goldSpans: (KindedSpan & { exact: string })[] = [];
  let unlocated = 0;
  for (const g of gold.filter((x) => x.file === file)) {
    const at = locate(text, g.exact, g.start);
    if (at) goldSpans.push({ ...at, kind: g.kind, exact: g.exact });
    else {
      unlocated++;
      // A claim the cleaning lost still counts as missed.
      goldSpans.push({ start: -2, end: -1, kind: g.kind, exact: g.exact });
    }
  }
  const { matched } = scorer.add(suggestions, goldSpans);
  console.log(`${file}: ${suggestions.length} suggestions, ${goldSpans.length} gold claims, ${matched.length} matched${unlocated ? `, ${unlocated} gold claims not found in the cleaned text` : ""}`);
  if (verbose) {
    const mp = new Set(matched.map(([p]) => p));
    const mg = new Set(matched.map(([, g]) => g));
    goldSpans.forEach((g, i) => {
      if (!mg.has(i)) console.log(`   MISSED  [${g.kind}] ${short(g.exact)}`);
    });
    suggestions.forEach((s, i) => {
      const tag = mp.has(i) ? "   ok    " : "   EXTRA ";
      console.log(`${tag}[${s.kind} ${s.score.toFixed(2)}] ${short(s.quote)}${s.speaker ? `  — ${s.speaker.name}${s.speaker.description ? ` (${s.speaker.description})` : ""}` : ""}`);
    });
  }
}

const { overall, byKind } = scorer.scores();
const row = (name: string, s: Prf) =>
  `${name.padEnd(9)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.truePositives).padStart(3)} / ${String(s.predicted).padStart(3)} predicted, ${String(s.gold).padStart(3)} gold`;
console.log(`\n${"kind".padEnd(9)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"F1".padStart(6)}`);
for (const k of KINDS) console.log(row(k, byKind[k]));
console.log(row("overall", overall));
console.log("(per kind: a suggestion counts only against claims of its own kind; overall: any kind)");
const met = overall.recall >= TARGET_RECALL && overall.precision >= TARGET_PRECISION;
console.log(`target recall ≥ ${TARGET_RECALL} at precision ≥ ${TARGET_PRECISION}: ${met ? "met" : "MISSED"}`);
