import http from "node:http";
import type { AddressInfo } from "node:net";
import { zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle, getImportBatch, listArticles } from "@/lib/articles/queries";
import { restoreRemovedLine } from "@/lib/articles/mutations";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { importFiles, importItemAsNewVersion, importPaste, importUrls } from "@/lib/import/create";
import { processImportItem } from "@/lib/import/process-item";
import { stopBoss } from "@/lib/import/queue";
import { startImportWorker } from "@/lib/import/worker";
import { createWorkspaceWithMembers } from "../../helpers/factories";

process.env.IMPORT_URL_ALLOW_HOSTS = "127.0.0.1";
process.env.IMPORT_MAX_FILE_BYTES = String(64 * 1024);

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = [
  "Kyiv says it intercepted 130 drones overnight",
  "",
  "Kyiv says it intercepted 130 drones overnight",
  "",
  "Ukraine's air force said on Sunday that it had shot down 130 of the 150 drones launched overnight, while Moscow claimed 126 Ukrainian drones were destroyed over Russian regions.",
  "",
  "Share on Facebook",
  "",
  "The governor of the region said that debris fell on two villages, injuring three people, according to the regional administration.",
  "",
  "Comments (0)",
].join("\n");

/** Runs every queued item of the batches synchronously (the queue itself is tested below). */
async function drain(batchIds: string[]) {
  for (let round = 0; round < 5; round++) {
    const queued = await db().importItem.findMany({ where: { batchId: { in: batchIds }, status: "queued" }, orderBy: { createdAt: "asc" } });
    if (queued.length === 0) return;
    for (const item of queued) await processImportItem({ itemId: item.id });
  }
}

async function items(batchId: string) {
  return db().importItem.findMany({ where: { batchId }, orderBy: { createdAt: "asc" } });
}

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="fr"><head><title>Koursk : des villages repris</title><meta property="og:site_name" content="Le Quotidien"><meta property="og:title" content="Koursk : des villages repris"></head><body><nav>Accueil &gt; Monde</nav><article><h1>Koursk : des villages repris</h1><p>L’armée russe affirme avoir repris plusieurs villages de la région de Koursk, selon le ministère de la Défense, qui parle de «\u00a0progrès significatifs\u00a0».</p><p>Kyiv n’a pas confirmé ces informations et affirme que ses troupes tiennent toujours leurs positions près de Soudja.</p><script>alert(1)</script></article></body></html>`);
    } else if (req.url === "/missing") {
      res.writeHead(404).end("nope");
    } else {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await stopBoss();
  await new Promise((r) => server.close(r));
});

describe("import pipeline", () => {
  it("a paste becomes a clean article; the original is kept byte for byte", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "editor"]);
    const { batchId } = await importPaste({ actor: members.editor!, input: { text: ARTICLE } });
    await drain([batchId]);
    const [item] = await items(batchId);
    expect(item?.status).toBe("done");
    const found = await getArticle({ actor: members.editor!, articleId: item!.articleId! });
    const text = found!.version.text;
    expect(text.split("Kyiv says it intercepted 130 drones overnight").length - 1).toBe(1);
    expect(text).not.toMatch(/Share on Facebook|Comments \(0\)/);
    expect(found!.version.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Share on Facebook", "Comments (0)"]));
    expect(new TextDecoder().decode(found!.version.original)).toBe(ARTICLE);
    expect(found!.article.language).toBe("en");
    expect(found!.article.wordCount).toBeGreaterThan(40);
    expect(item!.payload).toBeNull();
  });

  it("viewers cannot import", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "viewer"]);
    const e = (await importPaste({ actor: members.viewer!, input: { text: ARTICLE } }).catch((x) => x)) as AppError;
    expect(e.code).toBe("forbidden");
    expect(await db().importBatch.count({ where: { workspaceId: members.viewer!.workspaceId } })).toBe(0);
  });

  it("whitespace-only text is refused before anything is stored", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    await expect(importPaste({ actor: members.editor!, input: { text: " \n\u00a0\t " } })).rejects.toThrow();
    expect(await db().importItem.count({ where: { workspaceId: members.editor!.workspaceId } })).toBe(0);
  });

  it("the same article again is a duplicate, and can become a new version", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const first = await importPaste({ actor: members.editor!, input: { text: ARTICLE } });
    const again = await importPaste({ actor: members.editor!, input: { text: ARTICLE.replaceAll(" ", "  ").replace("drones launched", "drones\u00a0launched") + "\n\n\n" } });
    await drain([first.batchId, again.batchId]);
    const [dup] = await items(again.batchId);
    const [orig] = await items(first.batchId);
    expect(dup?.status).toBe("duplicate");
    expect(dup?.duplicateOfId).toBe(orig?.articleId);

    const v2 = await importItemAsNewVersion({ actor: members.editor!, itemId: dup!.id });
    await drain([v2.batchId]);
    const found = await getArticle({ actor: members.editor!, articleId: orig!.articleId! });
    expect(found!.article.currentVersion).toBe(2);
    expect(found!.article.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await getArticle({ actor: members.editor!, articleId: orig!.articleId!, version: 1 }))!.version.version).toBe(1);
  });

  it("one bad file never fails the others, and failures leave no article behind", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0]);
    const { batchId } = await importFiles({
      actor: members.editor!,
      files: [
        { name: "good.txt", bytes: enc(ARTICLE) },
        { name: "other.md", bytes: enc("# Moscow claims 126 drones\n\nRussia's defence ministry said 126 Ukrainian drones were destroyed overnight over seven regions, a figure that could not be verified independently.") },
        { name: "empty.txt", bytes: new Uint8Array() },
        { name: "image.txt", bytes: png },
        { name: "huge.txt", bytes: new Uint8Array(70 * 1024).fill(0x61) },
        { name: "tool.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]) },
      ],
    });
    await drain([batchId]);
    const rows = await items(batchId);
    const status = Object.fromEntries(rows.map((r) => [r.name, [r.status, r.errorKey]]));
    expect(status["good.txt"]?.[0]).toBe("done");
    expect(status["other.md"]?.[0]).toBe("done");
    expect(status["empty.txt"]).toEqual(["failed", "importEmptyFile"]);
    expect(status["image.txt"]?.[0]).toBe("failed");
    expect(status["huge.txt"]).toEqual(["failed", "importTooLarge"]);
    expect(status["tool.exe"]?.[0]).toBe("failed");
    expect(await db().article.count({ where: { workspaceId: members.editor!.workspaceId } })).toBe(2);
  });

  it("a zip is expanded into its files; an unsafe zip is refused whole", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const good = zipSync({ "a.txt": strToU8(ARTICLE), "sub/b.html": strToU8("<h1>Bakhmut</h1><p>Les forces russes affirment contrôler la quasi-totalité de la ville de Bakhmout, ce que Kyiv dément catégoriquement depuis plusieurs jours.</p>") });
    const evil = zipSync({ "../../etc/passwd": strToU8("root:x:0:0") });
    const { batchId } = await importFiles({ actor: members.editor!, files: [{ name: "two.zip", bytes: good }, { name: "evil.zip", bytes: evil }] });
    await drain([batchId]);
    const rows = await items(batchId);
    expect(rows.filter((r) => r.name.startsWith("two.zip ›")).map((r) => r.status)).toEqual(["done", "done"]);
    expect(rows.find((r) => r.name === "evil.zip")).toMatchObject({ status: "failed", errorKey: "importZipUnsafePath" });
  });

  it("hostile HTML is stripped; nothing executable reaches the text or the document", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const html = `<html><body><h1>Titre</h1><p onclick="steal()">Le gouverneur affirme que 430 soldats ont été capturés lors des combats de la semaine dernière dans la région.</p><script>document.cookie</script><iframe src="https://evil.test"></iframe><svg onload="alert(1)"><text>x</text></svg><p><a href="javascript:alert(1)">cliquez</a> <a href="https://example.org/source">la source</a></p><img src=x onerror="alert(2)"></body></html>`;
    const { batchId } = await importFiles({ actor: members.editor!, files: [{ name: "evil.html", bytes: enc(html) }] });
    await drain([batchId]);
    const [item] = await items(batchId);
    expect(item?.status).toBe("done");
    const found = await getArticle({ actor: members.editor!, articleId: item!.articleId! });
    const stored = JSON.stringify(found!.version.doc) + found!.version.text;
    for (const bad of ["<script", "document.cookie", "onclick", "onerror", "onload", "javascript:", "iframe", "evil.test"]) expect(stored).not.toContain(bad);
    expect(stored).toContain("https://example.org/source");
    expect(new TextDecoder().decode(found!.version.original)).toBe(html);
  });

  it("URLs: a page is fetched and extracted; a 404 and a private address fail with their reason", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const { batchId } = await importUrls({ actor: members.editor!, urls: `${base}/article\n${base}/missing\nhttp://10.0.0.1/x` });
    await drain([batchId]);
    const rows = await items(batchId);
    const [ok, missing, blocked] = rows;
    expect(ok?.status).toBe("done");
    const found = await getArticle({ actor: members.editor!, articleId: ok!.articleId! });
    expect(found!.article).toMatchObject({ title: "Koursk : des villages repris", outlet: "Le Quotidien", language: "fr" });
    expect(found!.version.text).toContain("«\u00a0progrès significatifs\u00a0»");
    expect(found!.version.text).not.toContain("alert(1)");
    expect(missing).toMatchObject({ status: "failed", errorKey: "importUrlHttpError" });
    expect(blocked).toMatchObject({ status: "failed", errorKey: "importUrlBlocked" });
  });

  it("a removed line can be restored: a new version holds it", async () => {
    const { members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    const { batchId } = await importPaste({ actor: members.editor!, input: { text: ARTICLE } });
    await drain([batchId]);
    const [item] = await items(batchId);
    const before = await getArticle({ actor: members.editor!, articleId: item!.articleId! });
    const line = before!.version.removed.find((r) => r.text === "Share on Facebook")!;
    expect((await restoreRemovedLine({ actor: members.viewer!, input: { articleId: item!.articleId!, lineId: line.id } }).catch((e: AppError) => e.code))).toBe("forbidden");
    await restoreRemovedLine({ actor: members.editor!, input: { articleId: item!.articleId!, lineId: line.id } });
    const after = await getArticle({ actor: members.editor!, articleId: item!.articleId! });
    expect(after!.version.version).toBe(2);
    expect(after!.version.text).toContain("Share on Facebook");
    expect(after!.version.removed.map((r) => r.text)).not.toContain("Share on Facebook");
  });

  it("another workspace's article and batch are not found", async () => {
    const mine = await createWorkspaceWithMembers(["editor"]);
    const theirs = await createWorkspaceWithMembers(["editor"]);
    const { batchId } = await importPaste({ actor: theirs.members.editor!, input: { text: ARTICLE } });
    await drain([batchId]);
    const [item] = await items(batchId);
    expect(await getArticle({ actor: mine.members.editor!, articleId: item!.articleId! })).toBeNull();
    expect(await getImportBatch({ actor: mine.members.editor!, batchId })).toBeNull();
    expect(await getArticle({ actor: mine.members.editor!, articleId: "not-a-uuid" })).toBeNull();
    const e = (await restoreRemovedLine({ actor: mine.members.editor!, input: { articleId: item!.articleId!, lineId: "x" } }).catch((x) => x)) as AppError;
    expect(e.code).toBe("not_found");
    expect((await listArticles({ actor: mine.members.editor!, input: {} })).total).toBe(0);
  });

  it("an unexpected failure is retried, then marked failed with its reason", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["editor"]);
    const batch = await db().importBatch.create({ data: { workspaceId: workspace.id, createdById: members.editor!.userId } });
    const item = await db().importItem.create({ data: { batchId: batch.id, workspaceId: workspace.id, source: "paste", name: "broken", payload: Buffer.from("{not json") } });
    await expect(processImportItem({ itemId: item.id, finalAttempt: false })).rejects.toThrow();
    expect((await db().importItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("queued");
    expect(await processImportItem({ itemId: item.id, finalAttempt: true })).toBe("failed");
    expect(await db().importItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "failed", errorKey: "importInternal", attempts: 2 });
  });

  it("jobs go through the real pg-boss queue, and wait in Postgres until a worker runs", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const { batchId } = await importPaste({ actor: members.editor!, input: { text: ARTICLE.replace("130", "131") } });
    const jobs = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM pgboss.job WHERE name = 'import-item' AND data->>'itemId' IN (SELECT id::text FROM "ImportItem" WHERE "batchId" = ${batchId}::uuid)`;
    expect(Number(jobs[0]!.n)).toBe(1);
    await startImportWorker();
    for (let i = 0; i < 100; i++) {
      const [row] = await items(batchId);
      if (row?.status === "done") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await items(batchId))[0]?.status).toBe("done");
  });
});

describe("restoring keeps the rest of the cleaning as it was", () => {
  it("a restored share line at the top does not become the headline, and the repeated headline stays removed", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const text = ["Follow us on social media", "", "Drone strike hits refinery in Ryazan", "", "Drone strike hits refinery in Ryazan", "", "A fire broke out at the refinery after the strike, the regional governor said on Telegram, adding that nobody was hurt in the attack overnight."].join("\n");
    const { batchId } = await importPaste({ actor: members.editor!, input: { text } });
    await drain([batchId]);
    const [item] = await items(batchId);
    const v1 = (await getArticle({ actor: members.editor!, articleId: item!.articleId! }))!.version;
    const share = v1.removed.find((r) => r.text === "Follow us on social media")!;
    expect(v1.removed.filter((r) => r.reason === "repeated-headline")).toHaveLength(1);
    await restoreRemovedLine({ actor: members.editor!, input: { articleId: item!.articleId!, lineId: share.id } });
    const v2 = (await getArticle({ actor: members.editor!, articleId: item!.articleId! }))!.version;
    expect(v2.removed.map((r) => r.reason)).toEqual(["repeated-headline"]);
    expect(v2.text.split("Drone strike hits refinery in Ryazan").length - 1).toBe(1);
    const nodes = (v2.doc as { content: { type: string; attrs?: { level?: number }; content?: { text: string }[] }[] }).content;
    expect(nodes[0]).toMatchObject({ type: "paragraph", content: [{ text: "Follow us on social media" }] });
    expect(nodes[1]).toMatchObject({ type: "heading", attrs: { level: 1 } });
  });
});
