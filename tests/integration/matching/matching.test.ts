import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/authz/authorize";
import { setVerdict, updateClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { analyseClaim, backfillMatchText, findSimilarClaims, loadClaimFacts } from "@/lib/matching/analyse";
import { claimMatchText, MATCH_KEY_BANDS } from "@/lib/matching/normalise";
import { addRelation, confirmRelation, dismissRelation, reanalyseClaim, removeRelation } from "@/lib/matching/mutations";
import { getClaimLinks } from "@/lib/matching/queries";

import { claimOn, createArticle } from "../../helpers/articles";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

const err = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppError | null;
const analyse = (claimId: string) => db().$transaction((tx) => analyseClaim(tx, claimId));
const relationsOf = (claimId: string) =>
  db().claimRelation.findMany({ where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] }, orderBy: { createdAt: "asc" } });

// Articles written for these tests: one story told by three outlets with different spellings,
// unrelated news next to it, figures that disagree and figures that only look alike.
const A = [
  "Les forces russes ont repris le village de Nikolaïevo-Darino dans la région de Koursk, a annoncé dimanche le ministère russe de la Défense.",
  "",
  "Le gouvernement a présenté un budget de 40 milliards d’euros pour les hôpitaux.",
  "",
  "Selon l’état-major, l’armée a repris 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine.",
  "",
  "Kiev a annoncé avoir intercepté 130 drones iraniens lancés par la Russie.",
].join("\n");
const B = [
  "Le ministère russe de la Défense a annoncé dimanche que les forces russes avaient repris le village de Nikolaïevo-Darino, dans la région de Kursk.",
  "",
  "Un institut d’études militaires estime que l’armée a repris 64\u00a0% du territoire de la région de Kursk conquis par l’Ukraine.",
  "",
  "Moscou a déclaré avoir abattu 126 drones ukrainiens, principalement dans les régions de Volgograd et de Voronej.",
  "",
  "Une attaque de drones a fait un mort dans le kraï de Krasnoïarsk, selon le gouverneur de l’oblast de Belgorod.",
].join("\n");
const C = [
  "Les forces russes disent avoir repris le village de Nikolaïevo-Darino, dans la région de Koursk, selon le ministère russe de la Défense.",
  "",
  "L’ancien président américain John Smith a rencontré le dirigeant russe en Alaska.",
].join("\n");
const D = "Le président John Smith a déclaré mercredi que la paix dépendait désormais de Moscou.";

const Q = {
  villageA: "Les forces russes ont repris le village de Nikolaïevo-Darino dans la région de Koursk, a annoncé dimanche le ministère russe de la Défense.",
  budget: "Le gouvernement a présenté un budget de 40 milliards d’euros pour les hôpitaux.",
  pctA: "l’armée a repris 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine",
  dronesA: "Kiev a annoncé avoir intercepté 130 drones iraniens lancés par la Russie.",
  villageB: "Le ministère russe de la Défense a annoncé dimanche que les forces russes avaient repris le village de Nikolaïevo-Darino, dans la région de Kursk.",
  pctB: "l’armée a repris 64\u00a0% du territoire de la région de Kursk conquis par l’Ukraine",
  dronesB: "Moscou a déclaré avoir abattu 126 drones ukrainiens, principalement dans les régions de Volgograd et de Voronej.",
  place: "Une attaque de drones a fait un mort dans le kraï de Krasnoïarsk, selon le gouverneur de l’oblast de Belgorod.",
  villageC: "Les forces russes disent avoir repris le village de Nikolaïevo-Darino, dans la région de Koursk, selon le ministère russe de la Défense.",
  formerC: "L’ancien président américain John Smith a rencontré le dirigeant russe en Alaska.",
  sittingD: D,
};

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const editor = ws.members.editor!;
  const [a, b, c, d] = await Promise.all([
    createArticle(ws.workspace.id, A, "Koursk : l’armée russe avance"),
    createArticle(ws.workspace.id, B, "Kursk: Russia claims a village"),
    createArticle(ws.workspace.id, C, "Troisième récit"),
    createArticle(ws.workspace.id, D, "Washington"),
  ]);
  return { ...ws, editor, articles: { a, b, c, d } };
}

const pair = <R extends { fromClaimId: string; toClaimId: string }>(rels: R[], x: string, y: string) => rels.filter((r) => [r.fromClaimId, r.toClaimId].sort().join() === [x, y].sort().join());

describe("analyseClaim", () => {
  it("finds the same assertion in another article despite Koursk/Kursk, and nothing in unrelated claims", async () => {
    const { editor, articles } = await setup();
    const budget = await claimOn(editor, articles.a.id, Q.budget);
    const villageB = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(budget.id);
    await analyse(villageB.id);
    const villageA = await claimOn(editor, articles.a.id, Q.villageA);
    const result = await analyse(villageA.id);

    const row = await db().claim.findUniqueOrThrow({ where: { id: villageA.id } });
    expect(row.matchText).toContain("kursk");
    expect(row.matchText).not.toContain("koursk");
    expect(result!.candidates).toBeGreaterThanOrEqual(1);
    const rels = await relationsOf(villageA.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ type: "same_as", status: "suggested", fromClaimId: [villageA.id, villageB.id].sort()[0], toClaimId: [villageA.id, villageB.id].sort()[1] });
    expect((rels[0]!.reason as { code: string }).code).toBe("similar");
    expect(rels[0]!.score).toBeGreaterThan(0.5);
    expect(await relationsOf(budget.id)).toEqual([]);
    // The same claim's own article is never a candidate, and matching is not an edit.
    expect(row.version).toBe(1);
  });

  it("looks up through claimdesk_similar_claims, which keeps the planner on the band keys' index while it runs", async () => {
    const { editor, articles } = await setup();
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(y.id);
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const self = (await loadClaimFacts(db(), x.id))!;
    const found = await findSimilarClaims(db(), self, claimMatchText(self.statement, self.quote));
    expect(found.map((c) => c.id)).toEqual([y.id]);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(0.4);
    const [fn] = await db().$queryRaw<[{ config: string[] }]>`SELECT proconfig AS config FROM pg_proc WHERE proname = 'claimdesk_similar_claims'`;
    expect(fn.config).toEqual(["enable_seqscan=off"]);
    const [session] = await db().$queryRaw<[{ v: string }]>`SELECT current_setting('enable_seqscan') AS v`;
    expect(session.v).toBe("on");
  });

  it("is idempotent and symmetric: analysing again, or from the other side, keeps one row", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(x.id);
    await analyse(y.id);
    await analyse(x.id);
    expect(await relationsOf(x.id)).toHaveLength(1);
  });

  it("drops its stale suggestions when the claim changes, and does not bring back a dismissed one", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(y.id);
    await analyse(x.id);
    const [rel] = await relationsOf(x.id);
    await dismissRelation({ actor: editor, input: { relationId: rel!.id } });
    await analyse(x.id);
    expect((await relationsOf(x.id)).map((r) => r.status)).toEqual(["dismissed"]);

    const z = await claimOn(editor, articles.c.id, Q.villageC);
    await analyse(z.id);
    expect(pair(await relationsOf(z.id), z.id, x.id)).toHaveLength(1);
    // The editor rewrites the statement: the old suggestion goes.
    const updated = await updateClaim({ actor: editor, input: { claimId: z.id, expectedVersion: z.version, patch: { statement: "Sans rapport : la météo de demain à Lyon." } } });
    await db().claim.update({ where: { id: z.id }, data: { quote: "météo" } });
    await analyse(updated.id);
    expect(pair(await relationsOf(z.id), z.id, x.id)).toHaveLength(0);
  });
});

describe("clusters", () => {
  it("merges on confirm, shows “also in N articles” with links, and proposes a cluster’s verdict", async () => {
    const { editor, members, workspace, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    const z = await claimOn(editor, articles.c.id, Q.villageC);
    for (const c of [x, y, z]) await analyse(c.id);
    const xy = pair(await relationsOf(x.id), x.id, y.id)[0]!;
    const yz = pair(await relationsOf(z.id), y.id, z.id)[0]!;
    await confirmRelation({ actor: editor, input: { relationId: xy.id } });
    const c1 = await db().claim.findMany({ where: { id: { in: [x.id, y.id] } }, select: { clusterId: true } });
    expect(c1[0]!.clusterId).toBeTruthy();
    expect(c1[0]!.clusterId).toBe(c1[1]!.clusterId);

    await confirmRelation({ actor: editor, input: { relationId: yz.id } });
    const links = await getClaimLinks({ actor: members.viewer!, claimId: x.id });
    expect(links.articleCount).toBe(2);
    expect(links.cluster.map((c) => c.articleTitle).sort()).toEqual(["Kursk: Russia claims a village", "Troisième récit"]);
    expect(links.cluster.find((c) => c.id === y.id)!.href).toBe(`/w/${workspace.slug}/articles/${articles.b.id}?claim=${y.id}`);
    expect(links.cluster.find((c) => c.id === y.id)!.outlet).toBe("Le Quotidien");
    expect(links.relations.find((r) => r.other.id === y.id)).toMatchObject({ view: "same_as", status: "confirmed" });
    expect(links.suggestedVerdict).toBeNull();

    // A conclusive verdict on one claim of the cluster is proposed to the others.
    const falseVerdict = await db().verdict.findFirstOrThrow({ where: { workspaceId: workspace.id, key: "false" } });
    await db().claim.update({ where: { id: z.id }, data: { verdictId: falseVerdict.id } });
    const after = await getClaimLinks({ actor: members.viewer!, claimId: x.id });
    expect(after.suggestedVerdict).toMatchObject({ verdictId: falseVerdict.id, fromClaimId: z.id, articleTitle: "Troisième récit", conflicting: false });
    // Not proposed to the claim that has it.
    expect((await getClaimLinks({ actor: members.viewer!, claimId: z.id })).suggestedVerdict).toBeNull();
  });

  it("merges two clusters into one, and re-splits only when a dismissal disconnects it", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    const z = await claimOn(editor, articles.c.id, Q.villageC);
    const clusterOf = async (id: string) => (await db().claim.findUniqueOrThrow({ where: { id } })).clusterId;
    const xy = await addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: y.id, type: "same_as" } });
    const yz = await addRelation({ actor: editor, input: { fromClaimId: z.id, toClaimId: y.id, type: "same_as" } });
    const xz = await addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: z.id, type: "same_as" } });
    const k = await clusterOf(x.id);
    expect([await clusterOf(y.id), await clusterOf(z.id)]).toEqual([k, k]);

    // A triangle stays connected without one edge.
    await dismissRelation({ actor: editor, input: { relationId: xz.relation.id } });
    expect([await clusterOf(x.id), await clusterOf(y.id), await clusterOf(z.id)]).toEqual([k, k, k]);
    // Without a second edge, z is alone again; x and y keep the cluster.
    await removeRelation({ actor: editor, input: { relationId: yz.relation.id } });
    expect(await clusterOf(z.id)).toBeNull();
    expect([await clusterOf(x.id), await clusterOf(y.id)]).toEqual([k, k]);
    await removeRelation({ actor: editor, input: { relationId: xy.relation.id } });
    expect([await clusterOf(x.id), await clusterOf(y.id)]).toEqual([null, null]);

    // Two existing clusters joined by one confirmation become one.
    const w = await claimOn(editor, articles.d.id, Q.sittingD);
    await addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: y.id, type: "same_as" } });
    await addRelation({ actor: editor, input: { fromClaimId: z.id, toClaimId: w.id, type: "same_as" } });
    expect(await clusterOf(x.id)).not.toBe(await clusterOf(z.id));
    await addRelation({ actor: editor, input: { fromClaimId: y.id, toClaimId: z.id, type: "same_as" } });
    const all = await Promise.all([x, y, z, w].map((c) => clusterOf(c.id)));
    expect(new Set(all).size).toBe(1);
    expect(all[0]).not.toBeNull();
  });
});

describe("contradictions", () => {
  it("flags conflicting figures for the same thing in the same week, and confirming proposes Contradictory on both", async () => {
    const { editor, articles, workspace } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.pctA);
    const y = await claimOn(editor, articles.b.id, Q.pctB);
    await updateClaim({ actor: editor, input: { claimId: x.id, expectedVersion: 1, patch: { claimDate: "2026-03-12" } } });
    await updateClaim({ actor: editor, input: { claimId: y.id, expectedVersion: 1, patch: { claimDate: "2026-03-14" } } });
    await analyse(y.id);
    await analyse(x.id);
    const rels = await relationsOf(x.id);
    expect(rels.map((r) => r.type)).toEqual(["contradicts"]);
    expect(rels[0]!.reason).toMatchObject({ code: "conflictingFigures", values: { a: expect.stringMatching(/86|64/), b: expect.stringMatching(/86|64/) } });

    const { relation, proposal } = await confirmRelation({ actor: editor, input: { relationId: rels[0]!.id } });
    expect(relation.status).toBe("confirmed");
    const contradictory = await db().verdict.findFirstOrThrow({ where: { workspaceId: workspace.id, key: "contradictory" } });
    expect(proposal).toEqual({ verdictId: contradictory.id, claims: expect.arrayContaining([{ id: x.id, version: 2, verdictId: x.verdictId }, { id: y.id, version: 2, verdictId: y.verdictId }]) });
    // The proposal is what setVerdict needs.
    for (const c of proposal!.claims) await setVerdict({ actor: editor, input: { claimId: c.id, expectedVersion: c.version, verdictId: proposal!.verdictId } });
    expect((await db().claim.findUniqueOrThrow({ where: { id: y.id } })).verdictId).toBe(contradictory.id);
  });

  it("reads the same figures weeks apart as an update of the older claim", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.pctA);
    const y = await claimOn(editor, articles.b.id, Q.pctB);
    await updateClaim({ actor: editor, input: { claimId: x.id, expectedVersion: 1, patch: { claimDate: "2026-03-12" } } });
    await updateClaim({ actor: editor, input: { claimId: y.id, expectedVersion: 1, patch: { claimDate: "2026-01-20" } } });
    await analyse(y.id);
    await analyse(x.id);
    const rels = await relationsOf(x.id);
    expect(rels.map((r) => [r.type, r.fromClaimId, r.toClaimId])).toEqual([["updates", x.id, y.id]]);
    const links = await getClaimLinks({ actor: editor, claimId: y.id });
    expect(links.relations[0]!.view).toBe("updatedBy");
  });

  it("does not flag 130 drones intercepted by Kyiv against 126 drones shot down by Moscow", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.dronesA);
    const y = await claimOn(editor, articles.b.id, Q.dronesB);
    await analyse(x.id);
    await analyse(y.id);
    expect((await relationsOf(x.id)).filter((r) => r.type === "contradicts")).toEqual([]);
  });

  it("flags a place inconsistency inside one claim, shown on the claim itself", async () => {
    const { editor, members, articles } = await setup();
    const x = await claimOn(editor, articles.b.id, Q.place);
    await analyse(x.id);
    const rels = await relationsOf(x.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ type: "contradicts", fromClaimId: x.id, toClaimId: x.id, reason: { code: "placeFar", values: { place: "Krasnoïarsk" } } });
    const links = await getClaimLinks({ actor: members.viewer!, claimId: x.id });
    expect(links.relations[0]!.view).toBe("self");
    const { proposal } = await confirmRelation({ actor: editor, input: { relationId: rels[0]!.id } });
    expect(proposal!.claims).toEqual([{ id: x.id, version: 1, verdictId: x.verdictId }]);
  });

  it("flags a person called former in one article and sitting in another, though the claims are otherwise unalike", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.c.id, Q.formerC);
    const y = await claimOn(editor, articles.d.id, Q.sittingD);
    await analyse(x.id);
    await analyse(y.id);
    const rels = await relationsOf(y.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ type: "contradicts", reason: { code: "roleConflict", values: { name: "John Smith" } } });
  });
});

describe("relations by hand", () => {
  it("stores broader as narrower the other way round and shows each side its view", async () => {
    const { editor, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.pctB);
    const { relation } = await addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: y.id, type: "broader" } });
    expect(relation).toMatchObject({ type: "narrower", fromClaimId: y.id, toClaimId: x.id, status: "confirmed" });
    expect((await getClaimLinks({ actor: editor, claimId: x.id })).relations[0]).toMatchObject({ view: "broader", reason: { code: "manual" } });
    expect((await getClaimLinks({ actor: editor, claimId: y.id })).relations[0]!.view).toBe("narrower");
    const self = await err(addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: x.id, type: "same_as" } }));
    expect(self).toBeTruthy();
  });

  it("audits every decision", async () => {
    const { editor, articles, workspace } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(y.id);
    await analyse(x.id);
    const [rel] = await relationsOf(x.id);
    await confirmRelation({ actor: editor, input: { relationId: rel!.id } });
    await dismissRelation({ actor: editor, input: { relationId: rel!.id } });
    const added = await addRelation({ actor: editor, input: { fromClaimId: x.id, toClaimId: y.id, type: "contradicts" } });
    await removeRelation({ actor: editor, input: { relationId: added.relation.id } });
    const actions = await auditActions(workspace.id);
    expect(actions.filter((a) => a.startsWith("claim_relation."))).toEqual(["claim_relation.confirm", "claim_relation.dismiss", "claim_relation.add", "claim_relation.remove"]);
  });
});

describe("roles and workspaces", () => {
  it("lets every role read links, and only editors and above change relations", async () => {
    const { editor, members, articles } = await setup();
    const x = await claimOn(editor, articles.a.id, Q.villageA);
    const y = await claimOn(editor, articles.b.id, Q.villageB);
    await analyse(y.id);
    await analyse(x.id);
    const [rel] = await relationsOf(x.id);
    const attempts = (actor: Actor) => [
      confirmRelation({ actor, input: { relationId: rel!.id } }),
      dismissRelation({ actor, input: { relationId: rel!.id } }),
      addRelation({ actor, input: { fromClaimId: x.id, toClaimId: y.id, type: "updates" } }),
      reanalyseClaim({ actor, input: { claimId: x.id } }),
    ];
    for (const p of attempts(members.viewer!)) expect((await err(p))?.code).toBe("forbidden");
    await expect(removeRelation({ actor: members.viewer!, input: { relationId: rel!.id } })).rejects.toMatchObject({ code: "forbidden" });
    for (const role of ["viewer", "editor", "admin", "owner"] as const) {
      expect((await getClaimLinks({ actor: members[role]!, claimId: x.id })).relations).toHaveLength(1);
    }
    for (const role of ["editor", "admin", "owner"] as const) {
      for (const p of attempts(members[role]!)) expect(await err(p)).toBeNull();
    }
  });

  it("never sees or touches another workspace’s claims and relations", async () => {
    const one = await setup();
    const two = await setup();
    const x = await claimOn(one.editor, one.articles.a.id, Q.villageA);
    const y = await claimOn(one.editor, one.articles.b.id, Q.villageB);
    const foreign = await claimOn(two.editor, two.articles.b.id, Q.villageB);
    await analyse(foreign.id);
    await analyse(y.id);
    await analyse(x.id);
    const rels = await relationsOf(x.id);
    expect(rels.map((r) => [r.fromClaimId, r.toClaimId].sort())).toEqual([[x.id, y.id].sort()]);
    expect(await relationsOf(foreign.id)).toEqual([]);

    const outsider = two.editor;
    // One at a time: started together, a rejection could land before its handler is attached.
    for (const call of [
      () => confirmRelation({ actor: outsider, input: { relationId: rels[0]!.id } }),
      () => dismissRelation({ actor: outsider, input: { relationId: rels[0]!.id } }),
      () => removeRelation({ actor: outsider, input: { relationId: rels[0]!.id } }),
      () => addRelation({ actor: outsider, input: { fromClaimId: foreign.id, toClaimId: x.id, type: "same_as" } }),
      () => getClaimLinks({ actor: outsider, claimId: x.id }),
      () => reanalyseClaim({ actor: outsider, input: { claimId: x.id } }),
    ]) {
      expect((await err(call()))?.code).toBe("not_found");
    }
    expect((await db().claimRelation.findUniqueOrThrow({ where: { id: rels[0]!.id } })).status).toBe("suggested");
  });
});

describe("backfillMatchText", () => {
  it("fills the matchText of claims written before matching, so the next analysis finds them", async () => {
    const { editor, articles, workspace } = await setup();
    const old = await claimOn(editor, articles.b.id, Q.villageB);
    // As a claim written before matching existed.
    await db().claim.update({ where: { id: old.id }, data: { matchText: "" } });
    expect(await backfillMatchText({ workspaceId: workspace.id })).toBeGreaterThanOrEqual(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: old.id } })).matchText).toContain("kursk");
    expect(await backfillMatchText({ workspaceId: workspace.id })).toBe(0);
    // A claim from before the band keys existed gets its keys, and is then found by the lookup.
    await db().claim.update({ where: { id: old.id }, data: { matchKeys: [] } });
    expect(await backfillMatchText({ workspaceId: workspace.id })).toBe(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: old.id } })).matchKeys).toHaveLength(MATCH_KEY_BANDS);
    // Keys of an earlier scheme (24 bands of 3, no version) are recomputed too, once.
    const current = (await db().claim.findUniqueOrThrow({ where: { id: old.id } })).matchKeys;
    await db().claim.update({ where: { id: old.id }, data: { matchKeys: ["0.1y6z5hc", "1.noisct", "2.16s34fv"] } });
    expect(await backfillMatchText({ workspaceId: workspace.id })).toBe(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: old.id } })).matchKeys).toEqual(current);
    expect(await backfillMatchText({ workspaceId: workspace.id })).toBe(0);
    const fresh = await claimOn(editor, articles.a.id, Q.villageA);
    await analyse(fresh.id);
    expect(pair(await relationsOf(fresh.id), fresh.id, old.id)).toHaveLength(1);
  });
});
