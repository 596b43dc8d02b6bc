// listClaims: filters, sorts, keyset paging both ways (with many ties on the sort key) and
// workspace isolation, against the real database.
import { beforeAll, describe, expect, it } from "vitest";

import { normaliseName } from "@/lib/intelligence/names";
import type { Actor } from "@/lib/authz/authorize";
import { createClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor, listClaims } from "@/lib/claims/table";
import type { ListClaimsInput } from "@/lib/claims/table-schemas";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { makeArticle, makeClaim, makeSource, verdictIds } from "./fixtures";

type Row = { id: string; updatedAt: Date; createdAt: Date; claimDate: Date | null; verdictId: string };

/** Every id of the list, page by page forward, then every page again walking back. */
async function walk(actor: Actor, input: ListClaimsInput) {
  const pages: string[][] = [];
  let after: string | undefined;
  let res = await listClaims({ actor, input });
  expect(res.prevCursor).toBeNull();
  for (;;) {
    pages.push(res.rows.map((r) => r.id));
    if (!res.nextCursor) break;
    after = res.nextCursor;
    res = await listClaims({ actor, input: { ...input, after } });
    expect(res.prevCursor).not.toBeNull();
    if (pages.length > 50) throw new Error("runaway paging");
  }
  const back: string[][] = [res.rows.map((r) => r.id)];
  while (res.prevCursor) {
    res = await listClaims({ actor, input: { ...input, before: res.prevCursor } });
    back.unshift(res.rows.map((r) => r.id));
    if (back.length > 50) throw new Error("runaway paging");
  }
  return { pages, back, ids: pages.flat() };
}

const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("listClaims ordering and keyset paging", () => {
  let actor: Actor;
  let rows: Row[];
  let positions: Map<string, number>;
  let verdicts: Record<string, string>;

  beforeAll(async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    actor = members.viewer!;
    const article = await makeArticle(workspace.id);
    const keys = ["unverified", "in_progress", "disputed", "false"];
    // 70 claims on only 3 distinct updatedAt instants and 4 claim dates (plus none): paging must
    // break every tie by id, never skip or repeat a row.
    const instants = [new Date("2026-03-01T10:00:00.000Z"), new Date("2026-03-02T10:00:00.000Z"), new Date("2026-03-03T10:00:00.000Z")];
    const dates = ["2026-01-05", "2026-01-06", "2026-02-01", "2025-12-31", null];
    for (let i = 0; i < 70; i++) {
      await makeClaim(workspace.id, article.id, {
        verdict: keys[i % keys.length],
        updatedAt: instants[i % 3],
        createdAt: instants[(i + 1) % 3],
        claimDate: dates[i % dates.length] ?? null,
      });
    }
    rows = await db().claim.findMany({ where: { workspaceId: workspace.id }, select: { id: true, updatedAt: true, createdAt: true, claimDate: true, verdictId: true } });
    positions = new Map((await db().verdict.findMany({ where: { workspaceId: workspace.id } })).map((v) => [v.id, v.position]));
    verdicts = await verdictIds(workspace.id);
    // Another workspace's claims never show up.
    const other = await createWorkspaceWithMembers(["owner"]);
    const otherArticle = await makeArticle(other.workspace.id);
    for (let i = 0; i < 5; i++) await makeClaim(other.workspace.id, otherArticle.id, { updatedAt: instants[0] });
  });

  const byTime = (key: "updatedAt" | "createdAt", dir: 1 | -1) => (a: Row, b: Row) => dir * (a[key].getTime() - b[key].getTime()) || dir * cmpId(a.id, b.id);

  it.each([
    ["updatedAt", "desc"],
    ["updatedAt", "asc"],
    ["createdAt", "desc"],
    ["createdAt", "asc"],
  ] as const)("sort %s %s: every claim once, in order, same pages back", async (sort, dir) => {
    const expected = [...rows].sort(byTime(sort, dir === "asc" ? 1 : -1)).map((r) => r.id);
    const { pages, back, ids } = await walk(actor, { sort, dir, pageSize: 25 });
    expect(ids).toEqual(expected);
    expect(pages.map((p) => p.length)).toEqual([25, 25, 20]);
    expect(back).toEqual(pages);
  });

  it.each(["desc", "asc"] as const)("sort claimDate %s: dated claims in order, undated last, both ways", async (dir) => {
    const s = dir === "asc" ? 1 : -1;
    const dated = rows.filter((r) => r.claimDate).sort((a, b) => s * (a.claimDate!.getTime() - b.claimDate!.getTime()) || s * cmpId(a.id, b.id));
    const undated = rows.filter((r) => !r.claimDate).sort((a, b) => s * cmpId(a.id, b.id));
    const { back, pages, ids } = await walk(actor, { sort: "claimDate", dir, pageSize: 25 });
    expect(ids).toEqual([...dated, ...undated].map((r) => r.id));
    expect(back).toEqual(pages);
  });

  it.each(["asc", "desc"] as const)("sort verdict %s: by verdict position, newest first within a verdict", async (dir) => {
    const s = dir === "asc" ? 1 : -1;
    const expected = [...rows]
      .sort((a, b) => s * (positions.get(a.verdictId)! - positions.get(b.verdictId)!) || b.updatedAt.getTime() - a.updatedAt.getTime() || cmpId(b.id, a.id))
      .map((r) => r.id);
    const { back, pages, ids } = await walk(actor, { sort: "verdict", dir, pageSize: 25 });
    expect(ids).toEqual(expected);
    expect(back).toEqual(pages);
  });

  it("going back to the start shows a full first page, not the few rows before the cursor", async () => {
    const first = await listClaims({ actor, input: { pageSize: 25 } });
    const third = first.rows[2]!;
    const row = rows.find((r) => r.id === third.id)!;
    const before = encodeCursor({ sort: "updatedAt", dir: "desc", at: row.updatedAt.toISOString(), id: row.id });
    const res = await listClaims({ actor, input: { pageSize: 25, before } });
    expect(res.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(res.prevCursor).toBeNull();
  });

  it("a cursor whose verdict the filter leaves out starts from the first page", async () => {
    const r = rows.find((x) => x.verdictId === verdicts.disputed)!;
    const after = encodeCursor({ sort: "verdict", dir: "asc", verdictId: verdicts.disputed!, at: r.updatedAt.toISOString(), id: r.id });
    const input = { sort: "verdict", dir: "asc", verdict: [verdicts.in_progress!], pageSize: 25 };
    const res = await listClaims({ actor, input: { ...input, after } });
    const first = await listClaims({ actor, input });
    expect(res.rows.length).toBeGreaterThan(0);
    expect(res.rows.map((x) => x.id)).toEqual(first.rows.map((x) => x.id));
  });

  it("a cursor made for another order, or garbage, starts from the first page", async () => {
    const first = await listClaims({ actor, input: { pageSize: 25 } });
    const foreign = encodeCursor({ sort: "createdAt", dir: "desc", at: "2026-03-02T10:00:00.000Z", id: first.rows[0]!.id });
    for (const after of [foreign, "not-a-cursor", "eyJ4Ijo", Buffer.from('["u","desc","2026-13-45T00:00:00Z","x"]').toString("base64url")]) {
      const res = await listClaims({ actor, input: { pageSize: 25, after } });
      expect(res.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
    expect(decodeCursor(first.nextCursor!, "updatedAt", "desc")).toMatchObject({ sort: "updatedAt" });
    expect(decodeCursor(first.nextCursor!, "updatedAt", "asc")).toBeNull();
  });

  it("counts matches (capped) and bad URL values fall back to the defaults", async () => {
    const res = await listClaims({ actor, input: { sort: "bogus", dir: "sideways", pageSize: "7", verdict: "nope,also-nope", assignee: "someone", from: "2026-02-30" } });
    expect(res.params).toMatchObject({ sort: "updatedAt", dir: "desc", pageSize: 50, verdict: [], assignee: undefined, from: undefined });
    expect(res.rows).toHaveLength(50);
    expect(res.total).toEqual({ count: 70, capped: false });
    expect(res.workspaceHasClaims).toBe(true);
  });
});

describe("listClaims filters", () => {
  let ws: string;
  let actor: Actor;
  let editor: Actor;
  let v: Record<string, string>;
  const ids: Record<string, string> = {};
  let gerasimov: string;
  let zelensky: string;
  let lemonde: string;
  let articleA: string;

  beforeAll(async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    ws = workspace.id;
    actor = members.viewer!;
    editor = members.editor!;
    v = await verdictIds(ws);
    gerasimov = (await makeSource(ws, "Valeri Guérassimov", ["Valery Gerasimov"])).id;
    zelensky = (await makeSource(ws, "Volodymyr Zelensky")).id;
    lemonde = (await makeSource(ws, "Le Monde", ["LeMonde.fr", "Journal « Le Monde »"], "outlet")).id;
    const a = await makeArticle(ws, { title: "Koursk : l’armée russe affirme", outlet: "lemonde.fr" });
    const b = await makeArticle(ws, { title: "Réforme des retraites", outlet: "Libération" });
    articleA = a.id;
    ids.kursk = (
      await makeClaim(ws, a.id, {
        quote: "plus de 86\u00a0% du territoire",
        statement: "La Russie dit avoir repris plus de 86 % du territoire de Koursk",
        verdict: "disputed",
        speakerIds: [gerasimov],
        tags: ["koursk", "défense"],
        claimDate: "2026-03-12",
        updatedAt: new Date("2026-03-12T09:00:00Z"),
      })
    ).id;
    ids.soldiers = (
      await makeClaim(ws, a.id, {
        quote: "430 soldats ukrainiens tués",
        statement: "",
        verdict: "unverified",
        speakerIds: [gerasimov, zelensky],
        tags: ["koursk"],
        assigneeId: editor.userId,
        updatedAt: new Date("2026-03-13T23:30:00Z"),
      })
    ).id;
    ids.pensions = (
      await makeClaim(ws, b.id, {
        quote: "l’âge légal passera à 64\u00a0ans",
        statement: "L’âge légal de départ à la retraite passe à 64 ans",
        verdict: "false",
        tags: ["retraites"],
        assigneeId: actor.userId,
        claimDate: "2026-01-10",
        updatedAt: new Date("2026-03-14T00:30:00Z"),
      })
    ).id;
    ids.zelensky = (
      await makeClaim(ws, b.id, {
        quote: "« nous ne reculerons pas »",
        statement: "Zelensky promet de ne pas reculer",
        verdict: "in_progress",
        speakerIds: [zelensky],
        claimDate: "2026-03-01",
        updatedAt: new Date("2026-02-01T12:00:00Z"),
      })
    ).id;
  });

  async function find(input: ListClaimsInput, who: Actor = actor) {
    return (await listClaims({ actor: who, input })).rows.map((r) => r.id).sort();
  }
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

  it("verdict (several at once)", async () => {
    expect(await find({ verdict: [v.disputed, v.false] })).toEqual(sorted("kursk", "pensions"));
    expect(await find({ verdict: `${v.in_progress},${v.unverified}` })).toEqual(sorted("soldiers", "zelensky"));
  });

  it("speaker: claims the source made", async () => {
    expect(await find({ speaker: gerasimov })).toEqual(sorted("kursk", "soldiers"));
    expect(await find({ speaker: zelensky })).toEqual(sorted("soldiers", "zelensky"));
  });

  it("source: made the claim, or is the outlet that carried it (name or alias, case and accents aside)", async () => {
    expect(await find({ source: lemonde })).toEqual(sorted("kursk", "soldiers"));
    expect(await find({ source: zelensky })).toEqual(sorted("soldiers", "zelensky"));
  });

  it("tag, article, assignee (a member, me, unassigned)", async () => {
    expect(await find({ tag: "koursk" })).toEqual(sorted("kursk", "soldiers"));
    expect(await find({ tag: "Défense" })).toEqual(sorted("kursk"));
    expect(await find({ article: articleA })).toEqual(sorted("kursk", "soldiers"));
    expect(await find({ assignee: editor.userId })).toEqual(sorted("soldiers"));
    expect(await find({ assignee: "me" })).toEqual(sorted("pensions"));
    expect(await find({ assignee: "me" }, editor)).toEqual(sorted("soldiers"));
    expect(await find({ assignee: "unassigned" })).toEqual(sorted("kursk", "zelensky"));
  });

  it("date range on the claim date or on the last update (whole UTC days)", async () => {
    expect(await find({ dateField: "claimDate", from: "2026-03-01", to: "2026-03-12" })).toEqual(sorted("kursk", "zelensky"));
    expect(await find({ dateField: "claimDate", to: "2026-02-28" })).toEqual(sorted("pensions"));
    expect(await find({ from: "2026-03-13", to: "2026-03-13" })).toEqual(sorted("soldiers"));
    expect(await find({ from: "2026-03-14" })).toEqual(sorted("pensions"));
    // Sorted by claim date within a claim-date range: undated claims cannot match.
    for (const dir of ["asc", "desc"]) {
      const res = await listClaims({ actor, input: { dateField: "claimDate", from: "2026-01-01", sort: "claimDate", dir } });
      expect(res.rows.map((r) => r.id)).toEqual(dir === "asc" ? [ids.pensions, ids.zelensky, ids.kursk] : [ids.kursk, ids.zelensky, ids.pensions]);
    }
    // Undated claims come last otherwise.
    expect((await listClaims({ actor, input: { sort: "claimDate" } })).rows.at(-1)!.id).toBe(ids.soldiers);
  });

  it("text search in statement and quote, ignoring case, accents and apostrophe style", async () => {
    expect(await find({ q: "KOURSK" })).toEqual(sorted("kursk"));
    expect(await find({ q: "age legal" })).toEqual(sorted("pensions"));
    expect(await find({ q: "l'âge" })).toEqual(sorted("pensions"));
    expect(await find({ q: "soldats" })).toEqual(sorted("soldiers"));
    expect(await find({ q: "86 %" })).toEqual(sorted("kursk"));
    expect(await find({ q: "100%" })).toEqual([]);
    expect(await find({ q: "_" })).toEqual([]);
  });

  it("lists a claim made in the workbench, which has no tags yet, with an empty tag list", async () => {
    const article = await makeArticle(ws, { title: "Sans étiquette", outlet: "Le Quotidien" });
    const made = await createClaim({ actor: editor, input: { articleId: article.id, articleVersion: 1, quote: { type: "TextQuoteSelector", exact: "Le ministre" }, position: { type: "TextPositionSelector", start: 0, end: 11 } } });
    const row = (await listClaims({ actor, input: { article: article.id } })).rows.find((r) => r.id === made.id);
    expect(row?.tags).toEqual([]);
  });

  it("text search is alias-aware: a name finds the claims that spell its entity another way", async () => {
    // No entity yet: "Kursk" is not in "Koursk".
    expect(await find({ q: "Kursk" })).toEqual([]);
    const entity = await db().entity.create({ data: { workspaceId: ws, type: "place", name: "Koursk", keys: [normaliseName("Koursk")] } });
    await db().entityAlias.create({ data: { entityId: entity.id, alias: "Курск", status: "confirmed" } });
    await db().entity.update({ where: { id: entity.id }, data: { keys: [...new Set([normaliseName("Koursk"), normaliseName("Курск")])] } });
    // "Kursk" shares the transliteration key of "Koursk"; "Курск" is a confirmed alias.
    expect(await find({ q: "Kursk" })).toEqual(sorted("kursk"));
    expect(await find({ q: "курск" })).toEqual(sorted("kursk"));
    // Another workspace's registry widens nothing here, and a search naming no entity is not widened.
    expect(await find({ q: "Kharkiv" })).toEqual([]);
  });

  it("filters combine", async () => {
    expect(await find({ speaker: gerasimov, tag: "défense", verdict: [v.disputed] })).toEqual(sorted("kursk"));
    expect(await find({ speaker: gerasimov, assignee: "unassigned", q: "territoire" })).toEqual(sorted("kursk"));
  });

  it("rows carry what the table shows", async () => {
    const res = await listClaims({ actor, input: { article: articleA } });
    const soldiers = res.rows.find((r) => r.id === ids.soldiers)!;
    expect(soldiers).toMatchObject({
      quote: "430 soldats ukrainiens tués",
      article: { id: articleA, title: "Koursk : l’armée russe affirme" },
      speakers: [{ id: gerasimov, name: "Valeri Guérassimov" }, { id: zelensky, name: "Volodymyr Zelensky" }],
      verdictId: v.unverified,
      assignee: { id: editor.userId },
      updatedAt: "2026-03-13T23:30:00.000Z",
      hasRationale: false,
      evidenceCount: 0,
    });
    expect(res.rows.map((r) => r.id)).toEqual([ids.soldiers, ids.kursk]);
    expect(res.rows.find((r) => r.id === ids.kursk)).toMatchObject({ claimDate: "2026-03-12", tags: ["koursk", "défense"], assignee: null });
  });

  it("rows say whether the claim has a rationale and how much evidence (for the bulk verdict bar)", async () => {
    const article = await makeArticle(ws);
    const withBoth = await makeClaim(ws, article.id, { rationaleText: "Deux sources le confirment.", evidence: 2 });
    const blank = await makeClaim(ws, article.id, { rationaleText: "   " });
    const res = await listClaims({ actor, input: { article: article.id } });
    expect(res.rows.find((r) => r.id === withBoth.id)).toMatchObject({ hasRationale: true, evidenceCount: 2 });
    expect(res.rows.find((r) => r.id === blank.id)).toMatchObject({ hasRationale: false, evidenceCount: 0 });
  });

  it("another workspace's ids match nothing, and its claims never appear", async () => {
    const other = await createWorkspaceWithMembers(["owner"]);
    const ow = other.workspace.id;
    const oa = await makeArticle(ow, { outlet: "lemonde.fr" });
    const os = await makeSource(ow, "Valeri Guérassimov");
    const ov = await verdictIds(ow);
    const theirs = await makeClaim(ow, oa.id, { verdict: "disputed", speakerIds: [os.id], tags: ["koursk"], assigneeId: other.members.owner!.userId });
    for (const input of [{ verdict: [ov.disputed!] }, { speaker: os.id }, { source: os.id }, { article: oa.id }, { assignee: other.members.owner!.userId }]) {
      const res = await listClaims({ actor, input });
      expect(res.rows, JSON.stringify(input)).toEqual([]);
      expect(res.workspaceHasClaims).toBe(true);
    }
    // Their cursor only positions inside our own claims.
    const theirCursor = encodeCursor({ sort: "updatedAt", dir: "desc", at: theirs.updatedAt.toISOString(), id: theirs.id });
    const res = await listClaims({ actor, input: { after: theirCursor, tag: "koursk" } });
    expect(res.rows.every((r) => Object.values(ids).includes(r.id))).toBe(true);
    // And they don't see ours.
    const mine = await listClaims({ actor: other.members.owner!, input: {} });
    expect(mine.rows.map((r) => r.id)).toEqual([theirs.id]);
  });

  it("counts up to 1,000 matches, and up to 100 with a text search", async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["viewer"]);
    const article = await makeArticle(workspace.id);
    const v = await verdictIds(workspace.id);
    await db().claim.createMany({
      data: Array.from({ length: 1001 }, (_, i) => ({
        workspaceId: workspace.id,
        articleId: article.id,
        quote: i % 2 ? "l’armée affirme" : "le préfet dément",
        verdictId: v.unverified!,
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
      })),
    });
    const viewer = members.viewer!;
    expect((await listClaims({ actor: viewer, input: {} })).total).toEqual({ count: 1000, capped: true });
    expect((await listClaims({ actor: viewer, input: { q: "armee" } })).total).toEqual({ count: 100, capped: true });
    expect((await listClaims({ actor: viewer, input: { tag: "aucune" } })).total).toEqual({ count: 0, capped: false });
  });

  it("an empty workspace says it has no claims; a filter that matches nothing says it has some", async () => {
    const empty = await createWorkspaceWithMembers(["viewer"]);
    const none = await listClaims({ actor: empty.members.viewer!, input: {} });
    expect(none).toMatchObject({ rows: [], nextCursor: null, prevCursor: null, workspaceHasClaims: false, total: { count: 0 } });
    const nomatch = await listClaims({ actor, input: { q: "introuvable" } });
    expect(nomatch).toMatchObject({ rows: [], workspaceHasClaims: true });
  });
});
