// `npm run bench [-- name …]` — runs bench/*.bench.ts (all, or the named ones), one at a time,
// each in its own process so one benchmark's servers, pools and heap cannot skew the next.
// Each writes bench/results/<name>.json; afterwards the results table in bench/README.md is
// rebuilt from every JSON file there. Exits non-zero when a benchmark crashed, not when it
// missed a target: a missed target is a result, a crash is not.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { resultsDir, type BenchResult } from "./lib/report";

const benchDir = import.meta.dirname;
const root = path.dirname(benchDir);
const readmePath = path.join(benchDir, "README.md");
const START = "<!-- results:start -->";
const END = "<!-- results:end -->";

async function selectBenchmarks(args: string[]): Promise<string[]> {
  const all = (await readdir(benchDir)).filter((f) => f.endsWith(".bench.ts")).map((f) => f.slice(0, -".bench.ts".length)).sort();
  if (args.length === 0) return all;
  const wanted = args.map((a) => path.basename(a).replace(/\.bench\.ts$/, ""));
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Available: ${all.join(", ") || "none"}`);
    process.exit(2);
  }
  return wanted;
}

function runOne(name: string): Promise<number> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const file = path.join(benchDir, `${name}.bench.ts`);
  return new Promise((resolve) => {
    const child = spawn(tsx, ["--conditions=react-server", "--tsconfig", "tsconfig.json", file], { cwd: root, stdio: "inherit" });
    child.on("error", (e) => {
      console.error(`[bench] could not start ${name}: ${e.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function formatValue(value: number, unit: string): string {
  const n = Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 1, useGrouping: false }) : String(value);
  return `${n} ${unit}`;
}

function shortMachine(m: BenchResult["machine"]): string {
  const model = m.cpuModel.replace(/\((R|TM)\)/g, "").replace(/ CPU| Processor|\s+@.*$/g, "").replace(/\s+\d+-Core$/, "").trim();
  return `${m.cpus}× ${model}, ${m.memGiB} GiB, Node ${m.node.replace(/^v/, "")}`;
}

/** The markdown table of every result file, benchmarks in name order, figures in their order. */
async function renderTable(): Promise<string> {
  const files = existsSync(resultsDir) ? (await readdir(resultsDir)).filter((f) => f.endsWith(".json")).sort() : [];
  const rows: string[] = [];
  for (const f of files) {
    let result: BenchResult;
    try {
      result = JSON.parse(await readFile(path.join(resultsDir, f), "utf8")) as BenchResult;
    } catch (e) {
      console.error(`[bench] skipping unreadable ${f}: ${(e as Error).message}`);
      continue;
    }
    const machine = shortMachine(result.machine);
    const date = result.date.slice(0, 10);
    for (const fig of result.figures) {
      const met = fig.target === undefined || fig.met === undefined ? "—" : fig.met ? "✔" : "✘";
      rows.push(
        `| ${cell(result.name)} | ${cell(fig.metric)} | ${formatValue(fig.value, fig.unit)} | ${cell(fig.target ?? "")} | ${met} | ${cell(machine)} | ${date} |`,
      );
    }
  }
  if (rows.length === 0) return "_No results yet: run `npm run bench`._";
  return ["| Benchmark | Figure | Value | Target | Met | Machine | Date |", "| --- | --- | --: | --- | :-: | --- | --- |", ...rows].join("\n");
}

async function updateReadme(): Promise<void> {
  const readme = await readFile(readmePath, "utf8");
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${START} … ${END} section`);
  const updated = `${readme.slice(0, start + START.length)}\n${await renderTable()}\n${readme.slice(end)}`;
  if (updated !== readme) await writeFile(readmePath, updated);
}

const names = await selectBenchmarks(process.argv.slice(2));
const crashed: string[] = [];
for (const name of names) {
  console.log(`\n[bench] ── ${name} ──`);
  const started = performance.now();
  const code = await runOne(name);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (code === 0) console.log(`[bench] ${name} finished in ${seconds} s`);
  else {
    console.error(`[bench] ${name} CRASHED (exit ${code}) after ${seconds} s; its previous result, if any, is left as it was`);
    crashed.push(name);
  }
}

await updateReadme();
console.log(`\n[bench] Results table in ${path.relative(root, readmePath)} updated from ${path.relative(root, resultsDir)}/*.json`);
if (crashed.length > 0) {
  console.error(`[bench] Crashed: ${crashed.join(", ")}`);
  process.exit(1);
}
