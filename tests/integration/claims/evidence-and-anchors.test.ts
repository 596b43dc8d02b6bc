import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { editArticleText } from "@/lib/articles/edit-text";
import { restoreRemovedLine } from "@/lib/articles/mutations";
import { addDocumentEvidence, addEvidence, removeEvidence } from "@/lib/claims/evidence";
import { reattachClaim } from "@/lib/claims/mutations";
import { getClaimDetail, getEvidenceSnapshot, listArticleClaims } from "@/lib/claims/queries";
import { describe as describeSelection } from "@/lib/anchoring/selectors";
import { db } from "@/lib/db";
import { validateArticleDoc } from "@/lib/editor/extensions";
import type { AppError } from "@/lib/errors";
import type { JSONContent } from "@tiptap/core";

import { claimOn, createArticle } from "../../helpers/articles";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

process.env.IMPORT_URL_ALLOW_HOSTS = "127.0.0.1";

const TEXT = [
  "Koursk : la Russie revendique une avancée majeure",
  "",
  "Le chef d’état-major russe, Valéri Guérassimov, a affirmé que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire de la région de Koursk conquis par l’Ukraine.",
  "",
  "Kyiv n’a pas confirmé ces chiffres et affirme que ses troupes tiennent toujours leurs positions près de Soudja, où les combats se poursuivent.",
].join("\n");
const QUOTE = "l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire";

const err = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppError | null;

let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/isw") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="en"><head><title>Russian Offensive Campaign Assessment</title></head><body><nav>Home</nav><article><h1>Russian Offensive Campaign Assessment</h1><p>Russian forces have recaptured roughly 64 percent of the territory Ukrainian forces seized in Kursk Oblast, according to geolocated footage reviewed by analysts.</p><p>Ukrainian forces continue to hold positions near Sudzha, and the Russian claim of more than 86 percent is not supported by available evidence.</p></article></body></html>`,
      );
    } else res.writeHead(404).end("gone");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.workspace.id, TEXT);
  return { ...ws, article };
}

/** The article's current document with `edit` applied to the text of its paragraph `index`. */
async function editedDoc(articleId: string, index: number, edit: (s: string) => string): Promise<JSONContent> {
  const article = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  const v = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId, version: article.currentVersion } } });
  const doc = structuredClone(v.doc) as JSONContent;
  const para = doc.content![index]!;
  const text = (para.content ?? []).map((n) => n.text ?? "").join("");
  const next = edit(text);
  para.content = next ? [{ type: "text", text: next }] : undefined;
  if (!next) delete para.content;
  return validateArticleDoc(doc);
}

describe("evidence", () => {
  it("a URL is snapshotted as text through the import fetcher, so it survives link rot", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const ev = await addEvidence({ actor: members.editor!, input: { kind: "url", claimId: claim.id, stance: "refutes", excerpt: "roughly 64 percent", url: `${base}/isw` } });
    expect(ev).toMatchObject({ kind: "url", stance: "refutes", snapshotStatus: "captured", title: "Russian Offensive Campaign Assessment" });
    expect(ev.addedBy?.id).toBe(members.editor!.userId);
    const snap = await getEvidenceSnapshot({ actor: members.viewer!, evidenceId: ev.id });
    expect(snap.text).toContain("roughly 64 percent");
    expect(snap.text).not.toContain("Home");
    expect(ev.snapshotLength).toBe(snap.text.length);
  });

  it("a page that cannot be fetched keeps the evidence with the reason; private addresses are refused", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const gone = await addEvidence({ actor: members.editor!, input: { kind: "url", claimId: claim.id, stance: "context", url: `${base}/missing` } });
    expect(gone.snapshotStatus).toBe("failed");
    expect(gone.snapshotError).toBeTruthy();
    const metadata = await addEvidence({ actor: members.editor!, input: { kind: "url", claimId: claim.id, stance: "context", url: "http://169.254.169.254/latest/meta-data/" } });
    expect(metadata.snapshotStatus).toBe("failed");
    expect(metadata.snapshotError).toBe("importUrlBlocked");
    expect((await getClaimDetail({ actor: members.editor!, claimId: claim.id })).evidence).toHaveLength(2);
  });

  it("uploaded documents keep their bytes and text; wrong types get a clear error and store nothing", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const file = new File(["Communiqué du ministère\n\nLes forces russes ont repris 1\u00a0100 km² selon le communiqué."], "communiqué.txt", { type: "text/plain" });
    const ev = await addDocumentEvidence({ actor: members.editor!, input: { claimId: claim.id, stance: "supports", excerpt: "", file } });
    expect(ev).toMatchObject({ kind: "document", documentName: "communiqué.txt" });
    expect((await getEvidenceSnapshot({ actor: members.editor!, evidenceId: ev.id })).text).toContain("1\u00a0100 km²");
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], "photo.png", { type: "image/png" });
    expect((await err(addDocumentEvidence({ actor: members.editor!, input: { claimId: claim.id, stance: "supports", file: png } })))?.userMessage).toBe("importUnsupportedType");
    expect((await err(addDocumentEvidence({ actor: members.editor!, input: { claimId: claim.id, stance: "supports" } })))?.name).toBe("ZodError");
    // Larger than an import may be (10 MB): refused with the limit, nothing stored.
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61)], "rapport.txt", { type: "text/plain" });
    const tooLarge = await err(addDocumentEvidence({ actor: members.editor!, input: { claimId: claim.id, stance: "context", file: huge } }));
    expect(tooLarge).toMatchObject({ userMessage: "importTooLarge", values: { maxMb: 10 } });
    expect(await db().evidence.count({ where: { claimId: claim.id } })).toBe(1);
    await removeEvidence({ actor: members.editor!, input: { evidenceId: ev.id } });
    expect(await db().evidence.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await auditActions(article.workspaceId)).toEqual(expect.arrayContaining(["evidence.add", "evidence.remove"]));
  });

  it("viewers cannot add or remove evidence; another workspace's evidence is not found", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const ev = await addEvidence({ actor: members.editor!, input: { kind: "url", claimId: claim.id, stance: "context", url: `${base}/isw` } });
    expect((await err(removeEvidence({ actor: members.viewer!, input: { evidenceId: ev.id } })))?.code).toBe("forbidden");
    const other = await createWorkspaceWithMembers(["editor"]);
    expect((await err(removeEvidence({ actor: other.members.editor!, input: { evidenceId: ev.id } })))?.code).toBe("not_found");
    expect((await err(getEvidenceSnapshot({ actor: other.members.editor!, evidenceId: ev.id })))?.code).toBe("not_found");
  });
});

describe("editing the text re-anchors every claim", () => {
  it("an insertion before the claim moves it; deleting its text orphans it; re-attaching brings it back", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const soudja = await claimOn(members.editor!, article.id, "ses troupes tiennent toujours leurs positions près de Soudja");

    const inserted = await editedDoc(article.id, 1, (s) => s.replace("Le chef", "Dimanche soir, le chef").replace("Dimanche soir, le chef", "Dimanche soir, le chef"));
    const r1 = await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 1, doc: inserted } });
    expect(r1.version).toBe(2);
    expect(r1.outcomes.every((o) => o.method !== "orphan")).toBe(true);
    const v2 = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: article.id, version: 2 } } });
    let list = await listArticleClaims({ actor: members.viewer!, articleId: article.id });
    const moved = list.find((c) => c.id === claim.id)!;
    expect(moved.anchorVersion).toBe(2);
    expect(v2.text.slice(moved.start!, moved.end!)).toBe(QUOTE);
    expect(moved.start).toBeGreaterThan(claim.start!);

    const deleted = await editedDoc(article.id, 1, (s) => s.replace(/, a affirmé que .*$/, " s’est exprimé dimanche."));
    const r2 = await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 2, doc: deleted } });
    expect(r2.outcomes.find((o) => o.claimId === claim.id)).toMatchObject({ method: "orphan" });
    expect(r2.outcomes.find((o) => o.claimId === soudja.id)?.method).not.toBe("orphan");
    list = await listArticleClaims({ actor: members.viewer!, articleId: article.id });
    const orphan = list.find((c) => c.id === claim.id)!;
    expect(orphan).toMatchObject({ anchorStatus: "orphan", start: null, end: null, quote: QUOTE, anchorVersion: 2 });
    expect(list.at(-1)!.id).toBe(claim.id);

    const v3 = await db().articleVersion.findUniqueOrThrow({ where: { articleId_version: { articleId: article.id, version: 3 } } });
    const start = v3.text.indexOf("s’est exprimé dimanche");
    const sel = describeSelection(v3.text, start, start + "s’est exprimé dimanche".length);
    const back = await reattachClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: orphan.version, articleVersion: 3, quote: sel.quote, position: sel.position } });
    expect(back).toMatchObject({ anchorStatus: "anchored", anchorVersion: 3, quote: "s’est exprimé dimanche" });
    const events = (await getClaimDetail({ actor: members.editor!, claimId: claim.id })).anchorEvents.map((e) => [e.method, e.fromVersion, e.toVersion]);
    expect(events).toEqual([
      ["reattached", 2, 3],
      ["orphan", 2, 3],
      [expect.stringMatching(/position|quote/), 1, 2],
      ["created", 1, 1],
    ]);
    expect(await auditActions(article.workspaceId)).toEqual(expect.arrayContaining(["article.edit_text", "claim.reattach"]));
  });

  it("a claim that only moved is not an edited claim; one whose text went is", async () => {
    const { members, article } = await setup();
    const moving = await claimOn(members.editor!, article.id, QUOTE);
    const losing = await claimOn(members.editor!, article.id, "ses troupes tiennent toujours leurs positions près de Soudja");
    const before = await db().claim.findMany({ where: { articleId: article.id }, select: { id: true, updatedAt: true, version: true } });
    const doc = await editedDoc(article.id, 1, (s) => `Dimanche soir, ${s}`);
    doc.content![2]!.content = [{ type: "text", text: "Kyiv n’a pas confirmé ces chiffres." }];
    await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 1, doc } });
    const after = new Map((await db().claim.findMany({ where: { articleId: article.id }, include: { anchor: true } })).map((c) => [c.id, c]));
    const was = new Map(before.map((c) => [c.id, c]));
    // Moved: a new anchor on version 2, the claim row untouched (its editors' version and the
    // "updated" column of the claims table stay as they were).
    expect(after.get(moving.id)).toMatchObject({ anchorStatus: "anchored", version: was.get(moving.id)!.version, updatedAt: was.get(moving.id)!.updatedAt });
    expect(after.get(moving.id)!.anchor).toMatchObject({ version: 2, start: moving.start! + "Dimanche soir, ".length });
    // Orphaned: the claim row says so, its anchor keeps the selectors of the version it was last on.
    expect(after.get(losing.id)).toMatchObject({ anchorStatus: "orphan", version: was.get(losing.id)!.version });
    expect(after.get(losing.id)!.updatedAt.getTime()).toBeGreaterThan(was.get(losing.id)!.updatedAt.getTime());
    expect(after.get(losing.id)!.anchor).toMatchObject({ version: 1, start: null, end: null, prefix: losing.prefix, suffix: losing.suffix });
  });

  it("an orphan comes back by itself when its text is restored", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const original = (await db().articleVersion.findFirstOrThrow({ where: { articleId: article.id, version: 1 } })).doc as JSONContent;
    const without = await editedDoc(article.id, 1, () => "Le chef d’état-major russe s’est exprimé.");
    await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 1, doc: without } });
    const r = await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 2, doc: original } });
    expect(r.outcomes[0]!.method).toBe("quote");
    expect((await listArticleClaims({ actor: members.editor!, articleId: article.id }))[0]).toMatchObject({ id: claim.id, anchorStatus: "anchored", anchorVersion: 3 });
  });

  it("saving over a newer version is a conflict; viewers cannot edit; hostile documents are refused", async () => {
    const { members, article } = await setup();
    const doc = await editedDoc(article.id, 2, (s) => `${s} Mise à jour.`);
    await editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 1, doc } });
    expect((await err(editArticleText({ actor: members.admin!, input: { articleId: article.id, baseVersion: 1, doc } })))?.code).toBe("conflict");
    expect((await err(editArticleText({ actor: members.viewer!, input: { articleId: article.id, baseVersion: 2, doc } })))?.code).toBe("forbidden");
    const hostile = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect((await err(editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 2, doc: hostile } })))?.code).toBe("validation");
    const unchanged = await err(editArticleText({ actor: members.editor!, input: { articleId: article.id, baseVersion: 2, doc } }));
    expect(unchanged?.userMessage, String(unchanged)).toBe("articleTextUnchanged");
    const other = await createWorkspaceWithMembers(["editor"]);
    expect((await err(editArticleText({ actor: other.members.editor!, input: { articleId: article.id, baseVersion: 2, doc } })))?.code).toBe("not_found");
    expect((await db().article.findUniqueOrThrow({ where: { id: article.id } })).currentVersion).toBe(2);
  });

  it("restoring a removed line re-anchors too", async () => {
    const { members, workspace } = await setup();
    const raw = `${TEXT}\n\nPartager sur Facebook\n\nLes combats se poursuivent dans la région, selon des sources locales citées par l’agence.`;
    const { importPaste } = await import("@/lib/import/create");
    const { processImportItem } = await import("@/lib/import/process-item");
    const { batchId } = await importPaste({ actor: members.editor!, input: { text: raw } });
    for (const item of await db().importItem.findMany({ where: { batchId } })) await processImportItem({ itemId: item.id });
    const item = await db().importItem.findFirstOrThrow({ where: { batchId } });
    const v1 = await db().articleVersion.findFirstOrThrow({ where: { articleId: item.articleId! } });
    const removed = (v1.removed as { id: string; text: string }[]).find((l) => l.text === "Partager sur Facebook");
    expect(removed).toBeTruthy();
    const claim = await claimOn(members.editor!, item.articleId!, "selon des sources locales");
    const r = await restoreRemovedLine({ actor: members.editor!, input: { articleId: item.articleId!, lineId: removed!.id } });
    expect(r.outcomes).toEqual([expect.objectContaining({ claimId: claim.id, method: expect.stringMatching(/position|quote/) })]);
    expect(workspace.id).toBe(members.editor!.workspaceId);
  });
});
