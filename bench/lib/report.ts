// The one result format every benchmark writes (bench/results/<name>.json) and bench/run.ts
// turns into the table in bench/README.md.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface Figure {
  /** What was measured, short enough for a table cell: "workspace home p95". */
  metric: string;
  value: number;
  /** "ms", "req/s", "requests", … */
  unit: string;
  /** The goal as people read it: "< 200 ms". Omitted for figures that are only informative. */
  target?: string;
  /** Whether `value` meets `target`; only with a target. */
  met?: boolean;
  /** How the figure was obtained, or anything that qualifies it. */
  note?: string;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memGiB: number;
  node: string;
  platform: string;
}

export interface BenchResult {
  name: string;
  /** ISO 8601, when the benchmark finished. */
  date: string;
  machine: MachineInfo;
  figures: Figure[];
}

export const resultsDir = path.join(import.meta.dirname, "..", "results");

/** The machine a result was measured on: numbers mean little without it. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim().replace(/\s+/g, " ") ?? "unknown",
    memGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** A figure with an upper bound: met when `value` is strictly below `limit`. */
export function below(metric: string, value: number, unit: string, limit: number, note?: string): Figure {
  return { metric, value, unit, target: `< ${limit} ${unit}`, met: value < limit, ...(note ? { note } : {}) };
}

/** Writes bench/results/<name>.json and returns its path. */
export async function writeResult(name: string, figures: Figure[]): Promise<string> {
  const result: BenchResult = { name, date: new Date().toISOString(), machine: machineInfo(), figures };
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Rounds to one decimal below 100 and to whole numbers above: enough for run-to-run noise. */
export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
