// A contradiction is stored once, from the smaller claim id to the larger, whichever claim's
// analysis found it; its reason carries one value per side ("{a} here, {b} there"). Each claim's
// links must read its own figure (or title) as "here", whichever claim was analysed.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { analyseClaim } from "@/lib/matching/analyse";
import { getClaimLinks } from "@/lib/matching/queries";

import { claimOn, createArticle } from "../../helpers/articles";
import { createWorkspaceWithMembers } from "../../helpers/factories";

const analyse = (claimId: string) => db().$transaction((tx) => analyseClaim(tx, claimId));

// Two accounts of one gain of ground: 86 % in one article, 64 % in the other.
const HIGH = "Selon l’état-major, l’armée a repris 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine.";
const LOW = "Un institut d’études militaires estime que l’armée a repris 64\u00a0% du territoire de la région de Kursk conquis par l’Ukraine.";
const FORMER = "L’ancien président américain John Smith a rencontré le dirigeant russe en Alaska.";
const SITTING = "Le président John Smith a déclaré mercredi que la paix dépendait désormais de Moscou.";

async function pairOf(first: string, second: string) {
  const { workspace, members } = await createWorkspaceWithMembers();
  const editor = members.editor!;
  const a = await createArticle(workspace.id, `L’armée russe avance.\n\n${first}`, "Koursk\u00a0: l’armée russe avance");
  const b = await createArticle(workspace.id, `Un bilan plus prudent.\n\n${second}`, "Kursk\u00a0: un bilan plus prudent");
  const x = await claimOn(editor, a.id, first);
  const y = await claimOn(editor, b.id, second);
  // Claim ids are time-ordered: the first claim is the smaller id, so it is the stored from-claim.
  expect(x.id < y.id).toBe(true);
  return { viewer: members.viewer!, x, y };
}

/** The contradiction as `claimId`'s links show it. */
async function contradictionSeenFrom(viewer: Awaited<ReturnType<typeof pairOf>>["viewer"], claimId: string) {
  const links = await getClaimLinks({ actor: viewer, claimId });
  const rels = links.relations.filter((r) => r.view === "contradicts");
  expect(rels).toHaveLength(1);
  return rels[0]!;
}

describe("a contradiction's reason read from each claim", () => {
  it.each([
    ["the larger id (the stored pair is turned round)", "y"],
    ["the smaller id", "x"],
  ] as const)("gives each claim its own figure as “here” when the analysis that found it ran on %s", async (_label, last) => {
    const { viewer, x, y } = await pairOf(HIGH, LOW);
    // A claim is a candidate once analysed (it has match keys): the second analysis finds the pair.
    const [first, second] = last === "x" ? [y, x] : [x, y];
    const between = { type: "contradicts" as const, fromClaimId: x.id, toClaimId: y.id };
    await analyse(first.id);
    expect(await db().claimRelation.count({ where: between })).toBe(0);
    await analyse(second.id);

    // Stored once, from the smaller id, with the smaller id's figure as "a".
    const stored = await db().claimRelation.findMany({ where: { OR: [{ fromClaimId: { in: [x.id, y.id] } }, { toClaimId: { in: [x.id, y.id] } }] } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ...between, reason: { code: "conflictingFigures", values: { a: expect.stringMatching(/^86\s%$/), b: expect.stringMatching(/^64\s%$/) } } });

    const fromHigh = await contradictionSeenFrom(viewer, x.id);
    expect(fromHigh.other.id).toBe(y.id);
    expect(fromHigh.reason).toMatchObject({ code: "conflictingFigures", values: { a: expect.stringMatching(/^86\s%$/), b: expect.stringMatching(/^64\s%$/) } });

    const fromLow = await contradictionSeenFrom(viewer, y.id);
    expect(fromLow.other.id).toBe(x.id);
    expect(fromLow.reason).toMatchObject({ code: "conflictingFigures", values: { a: expect.stringMatching(/^64\s%$/), b: expect.stringMatching(/^86\s%$/) } });
    // Same relation, same subject, only the sides differ.
    expect(fromLow.id).toBe(fromHigh.id);
    expect(fromLow.reason!.values.subject).toBe(fromHigh.reason!.values.subject);
  });

  it("keeps the sides when the other claim's analysis rewrites the suggestion", async () => {
    const { viewer, x, y } = await pairOf(HIGH, LOW);
    await analyse(y.id);
    await analyse(x.id);
    await analyse(y.id);
    expect((await contradictionSeenFrom(viewer, x.id)).reason!.values).toMatchObject({ a: expect.stringMatching(/^86\s%$/), b: expect.stringMatching(/^64\s%$/) });
    expect((await contradictionSeenFrom(viewer, y.id)).reason!.values).toMatchObject({ a: expect.stringMatching(/^64\s%$/), b: expect.stringMatching(/^86\s%$/) });
  });

  it("gives each claim its own title for a role conflict (former here, sitting there)", async () => {
    const { viewer, x, y } = await pairOf(FORMER, SITTING);
    await analyse(x.id);
    await analyse(y.id);
    const fromFormer = await contradictionSeenFrom(viewer, x.id);
    expect(fromFormer.reason).toMatchObject({ code: "roleConflict", values: { name: "John Smith", statusA: "former", statusB: "sitting" } });
    expect(fromFormer.reason!.values.a).toMatch(/ancien/);
    expect(fromFormer.reason!.values.b).not.toMatch(/ancien/);
    const fromSitting = await contradictionSeenFrom(viewer, y.id);
    expect(fromSitting.reason).toMatchObject({ code: "roleConflict", values: { name: "John Smith", statusA: "sitting", statusB: "former" } });
    expect(fromSitting.reason!.values.b).toMatch(/ancien/);
  });
});
