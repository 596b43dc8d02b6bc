// Claim suggestions against the real database: a run stores what the engine finds with the
// speaker resolved against the sources registry, again and again without duplicates and without
// bringing a dismissed span back; accepting makes a filled-in claim (statement, speaker, figures,
// entities); every mutation per role; other workspaces' ids are not found; an older version's
// suggestion is refused with a clear reason.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { editArticleText } from "@/lib/articles/edit-text";
import { getClaimDetail } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { cleanArticle } from "@/lib/import/clean";
import { stopBoss } from "@/lib/import/queue";
import { createSource } from "@/lib/sources/mutations";
import { acceptSuggestion, dismissSuggestion, runSuggestions } from "@/lib/suggestions/mutations";
import { listSuggestions } from "@/lib/suggestions/queries";
import { suggestForVersion } from "@/lib/suggestions/run";

import { claimOn, createArticle } from "../../helpers/articles";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

const TEXT = [
  "Koursk\u00a0: la Russie revendique une avancée majeure",
  "",
  "Le chef d’état-major russe, Valéri Guérassimov, a affirmé mercredi que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire de la région de Koursk conquis par l’Ukraine.",
  "",
  "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que l’opération était entrée dans sa phase finale.",
  "",
  "Kyiv n’a pas confirmé ces chiffres et affirme que ses troupes tiennent toujours leurs positions près de Soudja, où les combats se poursuivent.",
  "",
  "Selon l’armée de l’air ukrainienne, 130 drones ont été interceptés dans la nuit de samedi à dimanche, une hausse d’environ 46\u00a0% par rapport à la semaine précédente.",
].join("\n");

// Editing the text queues a suggestion run (pg-boss), which starts the queue in this process.
afterAll(async () => {
  await stopBoss();
});

const err = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppError | null;

async function frenchArticle(workspaceId: string, content = TEXT, language = "fr") {
  const article = await createArticle(workspaceId, content);
  await db().article.update({ where: { id: article.id }, data: { language } });
  return article;
}

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const article = await frenchArticle(ws.workspace.id);
  return { ...ws, article, editor: ws.members.editor!, viewer: ws.members.viewer! };
}

async function rows(articleId: string) {
  return db().claimSuggestion.findMany({ where: { articleId }, orderBy: { start: "asc" } });
}

const find = <T extends { quote: string }>(list: readonly T[], part: string) => {
  const hit = list.find((s) => s.quote.includes(part));
  if (!hit) throw new Error(`no suggestion quoting “${part}” in ${JSON.stringify(list.map((s) => s.quote))}`);
  return hit;
};

describe("suggestForVersion", () => {
  it("stores the engine's suggestions with reasons, figures and the speaker resolved against the registry (accent- and alias-aware)", async () => {
    const { workspace, editor, article } = await setup();
    const source = await createSource({ actor: editor, input: { name: "Valeri Guerassimov", kind: "person", aliases: ["Valery Gerasimov"] } });

    const result = await suggestForVersion({ articleId: article.id, version: 1 });
    expect(result).toMatchObject({ status: "done", language: "fr", overlapping: 0 });
    if (result.status !== "done") return;
    expect(result.stored).toBe(result.found);
    expect(result.found).toBeGreaterThanOrEqual(3);

    const stored = await rows(article.id);
    expect(stored).toHaveLength(result.found);
    expect(stored.every((r) => r.workspaceId === workspace.id && r.articleVersion === 1 && r.status === "open")).toBe(true);
    const text = article.versions[0]!.text;
    for (const r of stored) expect(text.slice(r.start, r.end)).toBe(r.quote);

    const { suggestions, version } = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    expect(version).toBe(1);
    const s = find(suggestions, "86\u00a0%");
    expect(s.kind).toBe("numeric");
    expect(s.score).toBeGreaterThanOrEqual(0.45);
    // "Valéri Guérassimov" as written; the registry spells it without accents.
    expect(s.speaker).toMatchObject({ name: "Valéri Guérassimov", description: "chef d’état-major russe", source: { id: source.id, name: "Valeri Guerassimov" } });
    expect(s.quantities).toEqual([expect.objectContaining({ value: 86, unit: "%", lowerBound: true })]);
    expect(s.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["percentage", "reportedSpeech"]));
    expect(s.entities.map((e) => e.text)).toEqual(expect.arrayContaining(["Valéri Guérassimov", "Koursk"]));
    // Peskov is not in the registry: the name is kept, no source.
    expect(find(suggestions, "Peskov").speaker).toMatchObject({ name: "Dmitri Peskov", source: null });
  });

  it("is idempotent: a second run stores nothing new", async () => {
    const { article } = await setup();
    const first = await suggestForVersion({ articleId: article.id, version: 1 });
    const again = await suggestForVersion({ articleId: article.id, version: 1 });
    expect(first.status === "done" && first.stored).toBeGreaterThan(0);
    expect(again).toMatchObject({ status: "done", stored: 0 });
    expect(await rows(article.id)).toHaveLength(first.status === "done" ? first.found : -1);
  });

  it("never suggests a dismissed span again for that version", async () => {
    const { editor, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const target = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "130 drones");
    await dismissSuggestion({ actor: editor, input: { suggestionId: target.id } });

    expect(await suggestForVersion({ articleId: article.id, version: 1 })).toMatchObject({ status: "done", stored: 0 });
    const after = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    expect(after.suggestions.map((s) => s.id)).not.toContain(target.id);
    const row = await db().claimSuggestion.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({ status: "dismissed", decidedById: editor.userId });
    expect(row.decidedAt).toBeInstanceOf(Date);
    expect(await auditActions(article.workspaceId)).toContain("suggestion.dismiss");
  });

  it("leaves out spans a claim of the version already covers, at run time and when listing", async () => {
    const { editor, article } = await setup();
    await claimOn(editor, article.id, "Dmitri Peskov, a déclaré jeudi");
    const result = await suggestForVersion({ articleId: article.id, version: 1 });
    expect(result).toMatchObject({ status: "done", overlapping: 1 });
    expect((await rows(article.id)).some((r) => r.quote.includes("Peskov"))).toBe(false);

    // A claim made by hand after the run hides the open suggestion it covers.
    await claimOn(editor, article.id, "130 drones ont été interceptés");
    const listed = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    expect(listed.suggestions.some((s) => s.quote.includes("130 drones"))).toBe(false);
    expect((await rows(article.id)).some((r) => r.quote.includes("130 drones"))).toBe(true);
  });

  it("skips an article in a language the engine has no rules for, and an older version", async () => {
    const { workspace, editor } = await setup();
    const german = await frenchArticle(workspace.id, "Die russische Armee hat nach eigenen Angaben 86 Prozent des Gebiets zurückerobert, sagte Gerassimow am Mittwoch.", "de");
    expect(await suggestForVersion({ articleId: german.id, version: 1 })).toEqual({ status: "skipped", reason: "language", language: "de" });
    expect(await rows(german.id)).toHaveLength(0);
    const e = await err(runSuggestions({ actor: editor, input: { articleId: german.id, version: 1 } }));
    expect(e).toMatchObject({ code: "validation", userMessage: "suggestionsLanguage", values: { language: "de" } });

    const undetermined = await frenchArticle(workspace.id, TEXT.replace("Koursk", "Koursk (bis)"), "und");
    expect(await suggestForVersion({ articleId: undetermined.id, version: 1 })).toMatchObject({ status: "skipped", reason: "language" });
    expect(await suggestForVersion({ articleId: german.id, version: 7 })).toEqual({ status: "skipped", reason: "versionNotFound" });
  });
});

describe("runSuggestions (on demand)", () => {
  it("runs for the current version, answers the open suggestions and is audited", async () => {
    const { editor, article } = await setup();
    const { run, list } = await runSuggestions({ actor: editor, input: { articleId: article.id, version: 1 } });
    expect(run.status).toBe("done");
    expect(list.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(list.pending).toBe(false);
    expect(await auditActions(article.workspaceId)).toContain("article.suggest");
  });

  it("refuses a version that is no longer current", async () => {
    const { editor, article } = await setup();
    await db().article.update({ where: { id: article.id }, data: { currentVersion: 2 } });
    expect(await err(runSuggestions({ actor: editor, input: { articleId: article.id, version: 1 } }))).toMatchObject({ code: "conflict", userMessage: "articleChanged" });
  });
});

describe("acceptSuggestion", () => {
  it("makes a claim with the statement, the registry's speaker, the figures and the entities filled in", async () => {
    const { editor, article } = await setup();
    const source = await createSource({ actor: editor, input: { name: "Valéri Guérassimov", kind: "person", description: "Chef d’état-major des armées russes" } });
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "86\u00a0%");

    const { claim, entityCount, suggestionId } = await acceptSuggestion({ actor: editor, input: { suggestionId: s.id } });
    expect(suggestionId).toBe(s.id);
    expect(claim).toMatchObject({ articleId: article.id, anchorVersion: 1, anchorStatus: "anchored", start: s.start, end: s.end, quote: s.quote });
    expect(claim.statement).toBe(
      "Le chef d’état-major russe, Valéri Guérassimov, a affirmé mercredi que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire de la région de Koursk conquis par l’Ukraine.",
    );
    expect(claim.speakers.map((x) => x.id)).toEqual([source.id]);
    expect(claim.quantities).toEqual([{ value: 86, unit: "%", text: "plus de 86\u00a0%", approximate: false, lowerBound: true, upperBound: false, range: false }]);
    expect(claim.version).toBe(2);

    const links = await db().claimEntity.findMany({ where: { claimId: claim.id }, include: { entity: true } });
    expect(links.map((l) => l.entity.name)).toEqual(expect.arrayContaining(["Valéri Guérassimov", "Koursk", "Ukraine"]));
    expect(entityCount).toBe(links.length);

    const row = await db().claimSuggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ status: "accepted", claimId: claim.id, decidedById: editor.userId });
    const actions = await auditActions(article.workspaceId);
    expect(actions).toEqual(expect.arrayContaining(["claim.create", "claim.update", "suggestion.accept"]));
    // No new source: the registry had the speaker (the one source.create is the test's own).
    expect(actions.filter((a) => a === "source.create")).toHaveLength(1);

    // Accepted: gone from the list, not suggested again, refused a second time.
    expect((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions.map((x) => x.id)).not.toContain(s.id);
    expect(await suggestForVersion({ articleId: article.id, version: 1 })).toMatchObject({ stored: 0 });
    expect(await err(acceptSuggestion({ actor: editor, input: { suggestionId: s.id } }))).toMatchObject({ code: "conflict", userMessage: "suggestionAccepted" });
    expect(await err(dismissSuggestion({ actor: editor, input: { suggestionId: s.id } }))).toMatchObject({ code: "conflict", userMessage: "suggestionAccepted" });
  });

  it("creates the speaker in the registry (a person, with the article's description) when it has none", async () => {
    const { editor, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "Peskov");
    const { claim } = await acceptSuggestion({ actor: editor, input: { suggestionId: s.id } });
    expect(claim.speakers).toEqual([expect.objectContaining({ name: "Dmitri Peskov", kind: "person", description: "porte-parole du Kremlin" })]);
    expect(claim.quantities).toEqual([]);
    expect(claim.statement).toBe("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi que l’opération était entrée dans sa phase finale.");
    expect(await auditActions(article.workspaceId)).toContain("source.create");

    // The next run finds him in the registry, whatever the spelling.
    const other = await frenchArticle(article.workspaceId, "Dmitri Peskov a affirmé vendredi que 300 soldats avaient été capturés dans la région de Koursk.");
    await suggestForVersion({ articleId: other.id, version: 1 });
    const [next] = (await listSuggestions({ actor: editor, input: { articleId: other.id } })).suggestions;
    expect(next?.speaker?.source?.id).toBe(claim.speakers[0]!.id);
  });

  it("edit then accept: the editor's statement, speakers and figures win", async () => {
    const { editor, article } = await setup();
    const kyiv = await createSource({ actor: editor, input: { name: "Armée de l’air ukrainienne", kind: "organisation" } });
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "130 drones");
    const { claim } = await acceptSuggestion({
      actor: editor,
      input: {
        suggestionId: s.id,
        statement: "L’Ukraine a intercepté 130 drones dans la nuit de samedi à dimanche.",
        speakerIds: [kyiv.id],
        newSpeaker: { name: "Mykola Oleshchuk", description: "commandant de l’armée de l’air ukrainienne" },
        quantities: [{ value: 130, unit: "drones", text: "130 drones" }],
      },
    });
    expect(claim.statement).toBe("L’Ukraine a intercepté 130 drones dans la nuit de samedi à dimanche.");
    expect(claim.speakers.map((x) => x.name)).toEqual(["Armée de l’air ukrainienne", "Mykola Oleshchuk"]);
    expect(claim.quantities).toEqual([{ value: 130, unit: "drones", text: "130 drones", approximate: false, lowerBound: false, upperBound: false, range: false }]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: article.workspaceId, action: "suggestion.accept" } });
    expect(audit.after).toMatchObject({ edited: { statement: true, speakers: true, quantities: true } });
  });

  it("edit then accept with no speaker at all", async () => {
    const { editor, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "Peskov");
    const { claim } = await acceptSuggestion({ actor: editor, input: { suggestionId: s.id, speakerIds: [] } });
    expect(claim.speakers).toEqual([]);
    expect(await db().source.count({ where: { workspaceId: article.workspaceId } })).toBe(0);
  });

  it("two editors accepting at once make one claim", async () => {
    const { members, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: members.editor!, input: { articleId: article.id } })).suggestions, "86\u00a0%");
    const results = await Promise.allSettled([
      acceptSuggestion({ actor: members.editor!, input: { suggestionId: s.id } }),
      acceptSuggestion({ actor: members.admin!, input: { suggestionId: s.id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("undoes the claim when a later step fails, and the suggestion stays open", async () => {
    const { editor, workspace, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "86\u00a0%");
    // A source of another workspace cannot be a speaker: updateClaim refuses it after createClaim ran.
    const elsewhere = await createWorkspaceWithMembers(["editor"]);
    const foreign = await createSource({ actor: elsewhere.members.editor!, input: { name: "Source étrangère", kind: "person" } });
    const e = await err(acceptSuggestion({ actor: editor, input: { suggestionId: s.id, speakerIds: [foreign.id] } }));
    expect(e).toMatchObject({ code: "not_found", userMessage: "sourceNotFound" });
    expect(await db().claim.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db().claimSuggestion.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "open", claimId: null, decidedById: null });
    // …and can be accepted afterwards.
    const { claim } = await acceptSuggestion({ actor: editor, input: { suggestionId: s.id } });
    expect(claim.quantities).toHaveLength(1);
  });

  it("refuses a suggestion of an older version with the versions in the message", async () => {
    const { editor, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const s = find((await listSuggestions({ actor: editor, input: { articleId: article.id } })).suggestions, "86\u00a0%");
    const v1 = article.versions[0]!;
    const doc = JSON.parse(JSON.stringify(v1.doc).replace("phase finale", "phase ultime")) as Record<string, unknown>;
    await editArticleText({ actor: editor, input: { articleId: article.id, baseVersion: 1, doc } });

    for (const call of [() => acceptSuggestion({ actor: editor, input: { suggestionId: s.id } }), () => dismissSuggestion({ actor: editor, input: { suggestionId: s.id } })]) {
      expect(await err(call())).toMatchObject({ code: "conflict", userMessage: "suggestionStale", values: { version: 1, current: 2 } });
    }
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(0);
    // The new version gets its own suggestions.
    expect(await suggestForVersion({ articleId: article.id, version: 2 })).toMatchObject({ status: "done" });
    const current = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    expect(current.version).toBe(2);
    expect(find(current.suggestions, "86\u00a0%").articleVersion).toBe(2);
    // The old version's list is still there to read, and its suggestion still open.
    expect((await listSuggestions({ actor: editor, input: { articleId: article.id, version: 1 } })).suggestions.map((x) => x.id)).toContain(s.id);
  });
});

describe("permissions and workspaces", () => {
  it("viewers read suggestions but cannot run, accept or dismiss; editors, admins and owners can", async () => {
    const { members, article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const list = (await listSuggestions({ actor: members.viewer!, input: { articleId: article.id } })).suggestions;
    expect(list.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = list;

    for (const call of [
      () => runSuggestions({ actor: members.viewer!, input: { articleId: article.id, version: 1 } }),
      () => acceptSuggestion({ actor: members.viewer!, input: { suggestionId: a!.id } }),
      () => dismissSuggestion({ actor: members.viewer!, input: { suggestionId: a!.id } }),
    ]) {
      expect(await err(call())).toMatchObject({ code: "forbidden" });
    }
    expect(await db().claimSuggestion.count({ where: { articleId: article.id, status: { not: "open" } } })).toBe(0);

    await runSuggestions({ actor: members.editor!, input: { articleId: article.id, version: 1 } });
    await acceptSuggestion({ actor: members.owner!, input: { suggestionId: a!.id } });
    await dismissSuggestion({ actor: members.admin!, input: { suggestionId: b!.id } });
    await dismissSuggestion({ actor: members.editor!, input: { suggestionId: c!.id } });
    expect(await db().claimSuggestion.count({ where: { articleId: article.id, status: { not: "open" } } })).toBe(3);
  });

  it("another workspace's suggestion or article is not found, and nothing changes", async () => {
    const { article } = await setup();
    await suggestForVersion({ articleId: article.id, version: 1 });
    const [s] = await rows(article.id);
    const other = await createWorkspaceWithMembers(["owner", "editor"]);
    const intruder = other.members.editor!;

    expect(await err(acceptSuggestion({ actor: intruder, input: { suggestionId: s!.id } }))).toMatchObject({ code: "not_found", userMessage: "suggestionNotFound" });
    expect(await err(dismissSuggestion({ actor: intruder, input: { suggestionId: s!.id } }))).toMatchObject({ code: "not_found", userMessage: "suggestionNotFound" });
    expect(await err(listSuggestions({ actor: intruder, input: { articleId: article.id } }))).toMatchObject({ code: "not_found", userMessage: "articleNotFound" });
    expect(await err(runSuggestions({ actor: intruder, input: { articleId: article.id, version: 1 } }))).toMatchObject({ code: "not_found", userMessage: "articleNotFound" });
    expect(await db().claimSuggestion.count({ where: { articleId: article.id, status: { not: "open" } } })).toBe(0);
    expect(await db().claim.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
  });

  it("a speaker is only resolved against the article's own workspace", async () => {
    const { article } = await setup();
    const other = await createWorkspaceWithMembers(["editor"]);
    await createSource({ actor: other.members.editor!, input: { name: "Valéri Guérassimov", kind: "person" } });
    await suggestForVersion({ articleId: article.id, version: 1 });
    const row = (await rows(article.id)).find((r) => r.quote.includes("86"));
    expect(row?.speaker).toEqual({ name: "Valéri Guérassimov", description: "chef d’état-major russe" });
  });
});

// ─── The shared corpus (never copied into the repository) ──────────────────────────────────────
const CORPUS = path.resolve("../shared/corpus");
const ARTICLE_004 = path.join(CORPUS, "004_725524dbbbc85542.txt");
const hasCorpus = existsSync(ARTICLE_004);
if (!hasCorpus) console.warn(`corpus suggestion test skipped: ${ARTICLE_004} not found (see ../shared/corpus/README.md)`);

describe.skipIf(!hasCorpus)("corpus article 004", () => {
  it("stores the “86%” suggestion with the speaker Gerasimov (the registry's “Valeri Guérassimov”) and the figure 86 %, and accepting it fills the claim", async () => {
    const { workspace, editor } = await createWorkspaceWithMembers(["owner", "editor"]).then((ws) => ({ ...ws, editor: ws.members.editor! }));
    const raw = readFileSync(ARTICLE_004, "utf8");
    const cleaned = cleanArticle({ kind: "text", content: raw, fileName: "004.txt" });
    expect(cleaned.metadata.language).toBe("fr");
    const article = await frenchArticle(workspace.id, raw, cleaned.metadata.language!);
    const source = await createSource({ actor: editor, input: { name: "Valeri Guérassimov", kind: "person", aliases: ["Valery Gerasimov"], description: "Chef d’état-major général des forces armées russes" } });

    const result = await suggestForVersion({ articleId: article.id, version: 1 });
    expect(result.status).toBe("done");
    const { suggestions } = await listSuggestions({ actor: editor, input: { articleId: article.id } });
    const s = find(suggestions, "86%");
    expect(s.kind).toBe("numeric");
    expect(s.speaker).toMatchObject({ name: "Gerasimov", source: { id: source.id } });
    expect(s.quantities).toEqual(expect.arrayContaining([expect.objectContaining({ value: 86, unit: "%" })]));

    const again = await suggestForVersion({ articleId: article.id, version: 1 });
    expect(again).toMatchObject({ status: "done", stored: 0 });

    const { claim } = await acceptSuggestion({ actor: editor, input: { suggestionId: s.id } });
    expect(claim.speakers.map((x) => x.name)).toEqual(["Valeri Guérassimov"]);
    expect(claim.quantities).toEqual(expect.arrayContaining([expect.objectContaining({ value: 86, unit: "%", text: "plus de 86%", lowerBound: true })]));
    expect(claim.statement).toMatch(/^Gerasimov a affirmé mercredi que les forces armées russes avaient repris plus de 86% .*entourés\.$/);
    const detail = await getClaimDetail({ actor: editor, claimId: claim.id });
    expect(detail.anchorEvents.map((e) => e.method)).toEqual(["created"]);
  });
});
