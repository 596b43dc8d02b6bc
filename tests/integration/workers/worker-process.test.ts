// scripts/worker.ts: the background worker process `npm start` runs next to the web server. It
// works the real queues against the real database, and stops cleanly on SIGTERM.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { analysisPending } from "@/lib/claims/analysis-queue";
import { db } from "@/lib/db";

import { claimOn, createArticle } from "../../helpers/articles";
import { createWorkspaceWithMembers } from "../../helpers/factories";

const WORKER = path.join(process.cwd(), "scripts", "worker.ts");

function startWorker(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WORKER], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the background worker process", () => {
  it("analyses a saved claim, then stops gracefully on SIGTERM", async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["editor"]);
    const article = await createArticle(
      workspace.id,
      "Koursk\n\nLe chef d’état-major russe, Valéri Guérassimov, a affirmé que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire.",
    );
    const claim = await claimOn(members.editor!, article.id, "l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire");
    expect(await analysisPending(claim.id)).toBe(true);

    const worker = startWorker({ ...process.env });
    try {
      // The analysis waits ANALYSE_DELAY_SECONDS for further saves, then the worker takes it.
      await until(async () => !(await analysisPending(claim.id)), 30_000);
      const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(row.matchText).toContain("86");
      expect(row.matchKeys.length).toBeGreaterThan(0);
      expect(worker.output()).toContain("background workers started");
    } finally {
      worker.child.kill("SIGTERM");
    }
    expect(await worker.exited).toBe(0);
  }, 60_000);

  it("refuses to start without a database, saying so", async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const worker = startWorker(env);
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain("DATABASE_URL is not set");
  }, 30_000);
});
