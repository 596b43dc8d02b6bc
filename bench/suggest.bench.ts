// Benchmark "suggest": claim-suggestion extraction throughput (issue 5, target ≥ 500 KB of text per
// second per core). Pure CPU, one thread: a generated French news text of about 1 MB (sentences
// with figures, quotations, reported speech, names; paragraphs and headlines), `suggest` timed
// over 5 runs; KB means 1,000 UTF-16 code units. "Per core" is measured on the process's CPU time
// (user + system), which a busy shared machine does not inflate; the wall-clock figure is given
// too. Run: `npm run bench -- suggest`.
import os from "node:os";
import { suggest } from "@/lib/intelligence";
import { median, round, writeResult, type Figure } from "./lib/report";

const TARGET_KB_S = 500;
const SIZE = 1_000_000;
const RUNS = 5;

/** mulberry32: the same sequence on every machine. */
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
const random = rng(20260505);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PEOPLE = ["la ministre Claire Dubois", "le général Marc Fontaine", "le maire de Lille, Paul Girard", "Sophie Martin", "le porte-parole du gouvernement", "l’armée de l’air"];
const PLACES = ["à Lyon", "dans la région de Nantes", "près de Grenoble", "en Bretagne", "à Marseille", "dans le département du Nord"];
const VERBS = ["a déclaré", "a affirmé", "a annoncé", "a reconnu", "a précisé", "estime", "assure"];
const FIGURES = ["plus de 1 200 manifestants", "46\u00A0% des électeurs", "environ 300 soldats", "des centaines de personnes", "trois ans", "entre 10 et 15 millions d’euros", "86% des sondés", "deux cent cinquante habitants"];
const FILLER = ["la situation reste tendue", "les discussions se poursuivent", "le projet a été voté", "la réforme divise la majorité", "le calendrier n’est pas encore fixé", "les syndicats appellent à la mobilisation"];
const QUOTES = ["«\u00A0Nous ne reculerons pas\u00A0»", "« C’est inacceptable »", "“Nous verrons”", "\"La décision est prise\""];

function sentence(): string {
  const r = random();
  if (r < 0.2) return `Selon ${pick(PEOPLE)}, ${pick(FIGURES)} ont été recensés ${pick(PLACES)} mardi.`;
  if (r < 0.4) return `${cap(pick(PEOPLE))} ${pick(VERBS)} que ${pick(FILLER)} ${pick(PLACES)}.`;
  if (r < 0.55) return `${pick(QUOTES)}, ${pick(VERBS)} ${pick(PEOPLE)}.`;
  if (r < 0.7) return `C’est la plus importante mobilisation depuis le début de l’année, avec ${pick(FIGURES)} ${pick(PLACES)}.`;
  if (r < 0.8) return `Le chômage a augmenté d’environ ${Math.floor(random() * 90) + 2}\u00A0% en un an, tandis que ${pick(FILLER)}.`;
  return `${cap(pick(FILLER))}, et ${pick(FILLER)}.`;
}
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function article(): string {
  const parts: string[] = [];
  let size = 0;
  while (size < SIZE) {
    const p = random() < 0.1 ? `Titre de section ${parts.length}` : Array.from({ length: 2 + Math.floor(random() * 5) }, sentence).join(" ");
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join("\n\n");
}

const text = article();
console.log(`  text: ${text.length} code units, ${text.split(/\s+/).length} words`);
suggest(text.slice(0, 50_000), { language: "fr" }); // warm the JIT
const times: number[] = [];
const cpuTimes: number[] = [];
let count = 0;
const load = os.loadavg()[0]!;
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  const c = process.cpuUsage();
  count = suggest(text, { language: "fr" }).length;
  const used = process.cpuUsage(c);
  times.push(performance.now() - t);
  cpuTimes.push((used.user + used.system) / 1000);
}
if (count === 0) throw new Error("no suggestions: the benchmark measured nothing meaningful");
const kbPerSecond = (ms: number) => text.length / 1000 / (ms / 1000);
const cpu = kbPerSecond(median(cpuTimes));
const figures: Figure[] = [
  {
    metric: "suggestion extraction per core (median, CPU time)",
    value: round(cpu),
    unit: "KB/s",
    target: `≥ ${TARGET_KB_S} KB/s`,
    met: cpu >= TARGET_KB_S,
    note: `CPU time per run: ${cpuTimes.map(round).join(", ")} ms for ${text.length} code units on one thread; ${count} suggestions`,
  },
  {
    metric: "suggestion extraction, wall clock (median)",
    value: round(kbPerSecond(median(times))),
    unit: "KB/s",
    note: `runs: ${times.map(round).join(", ")} ms; load average ${load.toFixed(1)} on ${os.cpus().length} CPUs before the runs`,
  },
  { metric: "suggestions per run", value: count, unit: "suggestions" },
];
for (const f of figures) console.log(`  ${f.metric}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target}: ${f.met ? "met" : "MISSED"})` : ""}`);
await writeResult("suggest", figures);
