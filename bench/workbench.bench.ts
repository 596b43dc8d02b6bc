// Benchmark "workbench": the article page of a 10,000-word article carrying 1,000 claims, in
// Chromium, on the production build (issue 4). Measures
//  - time to interactive: navigation start → every highlight drawn, the claims list rendered and
//    the main thread free (a frame and a macrotask later); target < 1.5 s;
//  - selecting text: a selection made in the article → the frame after the "Create claim"
//    toolbar appears; target < 16 ms (p95);
//  - typing in the rationale editor while the article is open: keydown → the frame after it;
//    target < 16 ms (p95).
// Data: its own embedded Postgres (migrated, demo seeded), the app started as `npm start` runs it.
// Run: `npm run bench -- workbench`.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { chromium } from "@playwright/test";

import { describe as describeSelection } from "@/lib/anchoring/selectors";
import { db, disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { DEMO_USERS, DEMO_WORKSPACE, seedDemo } from "@/lib/seed/demo";

import { cleanUp, cleanups, startApp } from "./lib/app";
import { generator, sentenceSpans, storeArticle } from "./lib/generate";
import { below, median, percentile, round, writeResult, type Figure } from "./lib/report";

const NAME = "workbench";
const WORDS = 10_000;
const CLAIMS = 1_000;
const LOADS = 5;
const SELECTIONS = 20;
const KEYSTROKES = 40;
const loadBefore = `1-min load average before the benchmark: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`;

const tempRoot = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-workbench-"));
cleanups.push(() => rm(tempRoot, { recursive: true, force: true }));
// mkdtemp makes a 0700 directory; the embedded Postgres runs as its own user and must reach pg/.
await chmod(tempRoot, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(tempRoot, "pg") });
cleanups.push(() => pg.stop());
process.env.DATABASE_URL = pg.url;
const figures: Figure[] = [];

try {
  await migrate({ connectionString: pg.url });
  await seedDemo();
  const workspace = await db().workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE.slug } });
  const { articleText, random } = generator(20261121);
  const article = await storeArticle(workspace.id, articleText(WORDS));
  const text = article.versions[0]!.text;
  const spans = sentenceSpans(text);
  const verdicts = await db().verdict.findMany({ where: { workspaceId: workspace.id } });
  // 1,000 claims: sentences, and some nested inside others (a figure inside its sentence).
  const rows = Array.from({ length: CLAIMS }, (_, k) => {
    const s = spans[Math.floor((k * spans.length) / CLAIMS)]!;
    const nested = k % 5 === 4;
    const start = nested ? s.start + 4 : s.start;
    const end = nested ? Math.min(s.end, start + 30) : s.end;
    const sel = describeSelection(text, start, end);
    return {
      workspaceId: workspace.id,
      articleId: article.id,
      anchorVersion: 1,
      quote: sel.quote.exact,
      prefix: sel.quote.prefix ?? "",
      suffix: sel.quote.suffix ?? "",
      start,
      end,
      statement: `Affirmation ${k}`,
      verdictId: verdicts[Math.floor(random() * verdicts.length)]!.id,
    };
  });
  await db().claim.createMany({ data: rows });
  await disconnectDb();

  const app = await startApp({ name: NAME, tempRoot, preferredPort: 3320, env: { DATABASE_URL: pg.url, IMPORT_WORKER: "0" } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const editor = DEMO_USERS.find((u) => u.role === "editor")!;
  await page.goto(`${app.base}/signin`);
  await page.getByLabel(/^(Email|Adresse e-mail)$/).fill(editor.email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(editor.password);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  const url = `${app.base}/w/${DEMO_WORKSPACE.slug}/articles/${article.id}`;

  // ── Time to interactive ──
  const tti: number[] = [];
  for (let i = 0; i < LOADS + 1; i++) {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-editor"] [data-claim-id]').length >= n, CLAIMS, { timeout: 60_000, polling: "raf" });
    const ms = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
    if (i > 0) tti.push(ms); // the first load warms the server's caches
  }
  figures.push(below("time to interactive, 10,000 words + 1,000 claims", round(median(tti)), "ms", 1500, `median of ${LOADS} loads: navigation start → all highlights drawn and the main thread free`));

  // ── Selecting text ──
  const select: number[] = await page.evaluate(async (count) => {
    const root = document.querySelector('[data-testid="article-editor"]')!;
    const paragraphs = [...root.querySelectorAll("p")].filter((p) => (p.textContent ?? "").length > 80);
    const out: number[] = [];
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = 0; i < count; i++) {
      document.getSelection()!.removeAllRanges();
      await frame();
      await frame();
      const p = paragraphs[(i * 7) % paragraphs.length]!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(node.textContent!.length, 25));
      const t0 = performance.now();
      document.getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      const deadline = t0 + 2000;
      while (!document.querySelector('[data-testid="selection-toolbar"]') && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
    }
    return out;
  }, SELECTIONS);
  figures.push(below("selecting text → toolbar shown (p95)", round(percentile(select, 95)), "ms", 16, `${SELECTIONS} selections; median ${round(median(select))} ms; includes the frame that paints the toolbar`));

  // ── Typing in the rationale editor ──
  await page.evaluate(() => document.getSelection()!.removeAllRanges());
  await page.locator('[data-testid="article-editor"] [data-claim-id]').first().click();
  const rationale = page.locator('[data-testid="rationale-editor"]').first();
  await rationale.waitFor({ timeout: 30_000 });
  await rationale.click();
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    document.addEventListener(
      "keydown",
      (e) => {
        const t = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t), 0));
      },
      { capture: true },
    );
  });
  await page.keyboard.type("La Russie affirme, mais l’ISW estime 64 % ", { delay: 60 });
  const typed = (await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)).slice(0, KEYSTROKES);
  figures.push(below("typing in the rationale editor, keydown → next frame (p95)", round(percentile(typed, 95)), "ms", 16, `${typed.length} keystrokes with the 1,000-claim article open; median ${round(median(typed))} ms`));
  figures.push({ metric: "machine load", value: round(os.loadavg()[0]!), unit: "1-min load", note: loadBefore });
} finally {
  await cleanUp();
}
console.log(await writeResult(NAME, figures));
