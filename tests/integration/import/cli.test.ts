import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { testDbUrl } from "../../helpers/db";

const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const prose = (topic: string) =>
  `${topic}\n\nLe ministère affirme que ${topic.length * 3} drones ont été abattus dans la nuit au-dessus de plusieurs régions, un chiffre impossible à vérifier de manière indépendante.\n\nPartager sur Facebook\n`;

function runCli(args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], {
    env: { ...process.env, DATABASE_URL: testDbUrl() },
    encoding: "utf8",
    timeout: 120_000,
  });
}

describe("npm run import", () => {
  it("imports files and folders, prints a line per item and exits 1 when one failed", async () => {
    const { workspace } = await createWorkspaceWithMembers(["owner"]);
    mkdirSync(path.join(dir, "folder"));
    writeFileSync(path.join(dir, "one.txt"), prose("Frappe de drones sur Belgorod"));
    writeFileSync(path.join(dir, "folder", "two.md"), `# ${prose("Bakhmout encerclée")}`);
    writeFileSync(path.join(dir, "folder", "empty.txt"), "");
    const res = runCli([path.join(dir, "one.txt"), path.join(dir, "folder"), "--workspace", workspace.slug]);
    expect(res.stdout).toMatch(/✔ one\.txt → article/);
    expect(res.stdout).toMatch(/✔ two\.md → article/);
    expect(res.stdout).toMatch(/✘ empty\.txt: This file is empty\./);
    expect(res.stdout).toContain("2 imported, 0 duplicates, 1 failed");
    expect(res.status).toBe(1);
    expect(await db().article.count({ where: { workspaceId: workspace.id } })).toBe(2);

    const again = runCli([path.join(dir, "one.txt"), "--workspace", workspace.slug]);
    expect(again.stdout).toMatch(/≡ one\.txt: duplicate of article/);
    expect(again.status).toBe(0);
  });

  it("refuses an unknown workspace and a non-member", async () => {
    const { workspace } = await createWorkspaceWithMembers(["owner"]);
    expect(runCli([path.join(dir, "one.txt"), "--workspace", "no-such-desk"])).toMatchObject({ status: 1 });
    const stranger = runCli([path.join(dir, "one.txt"), "--workspace", workspace.slug, "--as", "nobody@desk.test"]);
    expect(stranger.status).toBe(1);
    expect(stranger.stderr).toContain("is not a member");
    expect(runCli([])).toMatchObject({ status: 2 });
  });
});
