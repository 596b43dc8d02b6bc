import { describe, expect, it } from "vitest";

import { ANALYSE_DELAY_SECONDS, ANALYSE_JOB, analysisPending, getAnalysisBoss } from "@/lib/claims/analysis-queue";
import { setVerdict, updateClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";

import { runQueuedAnalyses } from "../../helpers/analysis";
import { claimOn, createArticle } from "../../helpers/articles";
import { createWorkspaceWithMembers } from "../../helpers/factories";

const A = [
  "Offensive dans la région de Koursk",
  "",
  "Selon le ministère russe de la Défense, l’armée russe a repris plus de 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine, a déclaré Valéri Guérassimov mercredi.",
].join("\n");
// Another outlet, another transliteration of the same place and person.
const B = [
  "Région de Kursk : Moscou revendique",
  "",
  "Le chef d’état-major Valeri Gerasimov a déclaré mercredi que les forces russes avaient repris plus de 86\u00a0% du territoire de la région de Kursk pris par l’Ukraine.",
].join("\n");

describe("after a claim is written", () => {
  it("its named places and people are linked to the entity registry, and the same claim in another article is suggested", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    const a = await createArticle(workspace.id, A);
    const b = await createArticle(workspace.id, B, "Région de Kursk");
    const first = await claimOn(editor, a.id, "l’armée russe a repris plus de 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine");
    await updateClaim({ actor: editor, input: { claimId: first.id, expectedVersion: first.version, patch: { statement: "La Russie dit avoir repris plus de 86 % du territoire de Koursk" } } });
    const second = await claimOn(editor, b.id, "les forces russes avaient repris plus de 86\u00a0% du territoire de la région de Kursk pris par l’Ukraine");
    // The saves queued the analyses and answered without waiting for them.
    expect(await analysisPending(first.id)).toBe(true);
    expect(await db().claimEntity.count({ where: { claimId: { in: [first.id, second.id] } } })).toBe(0);
    // The worker does not take them yet: they wait ANALYSE_DELAY_SECONDS for the editor's next save.
    expect(await (await getAnalysisBoss()).fetch(ANALYSE_JOB, { batchSize: 10 })).toEqual([]);
    const [{ wait }] = await db().$queryRaw<[{ wait: number }]>`SELECT extract(epoch FROM min(start_after) - now())::float8 AS wait FROM pgboss.job WHERE name = ${ANALYSE_JOB} AND state = 'created'`;
    expect(wait).toBeGreaterThan(ANALYSE_DELAY_SECONDS - 2);
    // Create then edit queued one analysis of the first claim, not two: the one queued reads the claim as it is.
    expect((await runQueuedAnalyses()).sort()).toEqual([first.id, second.id].sort());
    expect(await analysisPending(first.id)).toBe(false);

    const links = await db().claimEntity.findMany({ where: { claimId: { in: [first.id, second.id] } }, include: { entity: true } });
    const kursk = links.filter((l) => /k[o]?ursk/i.test(l.entity.name));
    expect(kursk.length).toBeGreaterThanOrEqual(2);
    // Koursk and Kursk resolve to one entity (the second spelling is its alias).
    expect(new Set(kursk.map((l) => l.entityId)).size).toBe(1);

    const relations = await db().claimRelation.findMany({ where: { OR: [{ fromClaimId: first.id }, { toClaimId: first.id }] } });
    expect(relations.map((r) => [r.type, r.status])).toContainEqual(["same_as", "suggested"]);
    const stored = await db().claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.matchText).not.toBe("");
    expect(stored.version).toBe(2);
  });

  it("a verdict or a tag changes nothing matching compares, so it queues no analysis", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    const a = await createArticle(workspace.id, A);
    const claim = await claimOn(editor, a.id, "l’armée russe a repris plus de 86\u00a0% du territoire");
    expect(await runQueuedAnalyses()).toEqual([claim.id]);
    const tagged = await updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: claim.version, patch: { tags: ["koursk"] } } });
    const verdict = await db().verdict.findFirstOrThrow({ where: { workspaceId: workspace.id, key: "in_progress" } });
    await setVerdict({ actor: editor, input: { claimId: claim.id, expectedVersion: tagged.version, verdictId: verdict.id } });
    expect(await analysisPending(claim.id)).toBe(false);
    // An edit of the statement queues it again; a failed save queues nothing (the job commits with the write).
    await expect(updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: tagged.version, patch: { statement: "Périmé" } } })).rejects.toMatchObject({ code: "conflict" });
    expect(await analysisPending(claim.id)).toBe(false);
    const current = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    await updateClaim({ actor: editor, input: { claimId: claim.id, expectedVersion: current.version, patch: { statement: "La Russie dit avoir repris 86 % de Koursk" } } });
    expect(await analysisPending(claim.id)).toBe(true);
    expect(await runQueuedAnalyses()).toEqual([claim.id]);
  });
});
