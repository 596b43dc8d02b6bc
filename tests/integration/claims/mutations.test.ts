import { describe, expect, it } from "vitest";

import { describe as describeSelection } from "@/lib/anchoring/selectors";
import { addEvidence, removeEvidence } from "@/lib/claims/evidence";
import { createClaim, deleteClaim, reattachClaim, setVerdict, updateClaim } from "@/lib/claims/mutations";
import { getClaimDetail, listArticleClaims, searchClaims } from "@/lib/claims/queries";
import type { ClaimConflictDetails } from "@/lib/claims/types";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";

import { claimOn, createArticle } from "../../helpers/articles";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

const TEXT = [
  "Koursk\u00a0: la Russie revendique une avancée majeure",
  "",
  "Le chef d’état-major russe, Valéri Guérassimov, a affirmé que l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire de la région de Koursk conquis par l’Ukraine.",
  "",
  "Kyiv n’a pas confirmé ces chiffres 🙂 et affirme que ses troupes tiennent toujours leurs positions près de Soudja, où les combats se poursuivent.",
  "",
  "Selon l’armée de l’air ukrainienne, 130 drones ont été interceptés dans la nuit de samedi à dimanche, une hausse d’environ 46\u00a0% par rapport à la semaine précédente.",
].join("\n");

const QUOTE = "l’armée avait repris «\u00a0plus de 86\u00a0%\u00a0» du territoire";

const err = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppError | null;

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.workspace.id, TEXT);
  const verdicts = await db().verdict.findMany({ where: { workspaceId: ws.workspace.id } });
  const v = (key: string) => verdicts.find((x) => x.key === key)!;
  return { ...ws, article, v };
}

const rationale = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("creating claims", () => {
  it("anchors a selection with « », NBSP and ’ exactly, starts Unverified, and is audited", async () => {
    const { members, article, v } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const text = article.versions[0]!.text;
    expect(claim.quote).toBe(QUOTE);
    expect(text.slice(claim.start!, claim.end!)).toBe(QUOTE);
    expect(claim.prefix).toBe(text.slice(claim.start! - 32, claim.start!));
    expect(claim.suffix).toBe(text.slice(claim.end!, claim.end! + 32));
    expect(claim.verdictId).toBe(v("unverified").id);
    expect(claim.version).toBe(1);
    expect(claim.anchorStatus).toBe("anchored");
    expect(await auditActions(article.workspaceId)).toContain("claim.create");
    const detail = await getClaimDetail({ actor: members.viewer!, claimId: claim.id });
    expect(detail.anchorEvents.map((e) => e.method)).toEqual(["created"]);
  });

  it("anchors a quote containing an emoji (surrogate pair) and refuses a selection splitting it", async () => {
    const { members, article } = await setup();
    const quote = "ces chiffres 🙂 et affirme";
    const claim = await claimOn(members.editor!, article.id, quote);
    expect(claim.quote).toBe(quote);
    const text = article.versions[0]!.text;
    const emoji = text.indexOf("🙂");
    const e = await err(
      createClaim({
        actor: members.editor!,
        input: { articleId: article.id, articleVersion: 1, quote: { type: "TextQuoteSelector", exact: text.slice(emoji + 1, emoji + 10) }, position: { type: "TextPositionSelector", start: emoji + 1, end: emoji + 10 } },
      }),
    );
    expect(e?.code).toBe("validation");
  });

  it("refuses a quote that does not match the text, and a stale article version", async () => {
    const { members, article } = await setup();
    const text = article.versions[0]!.text;
    const sel = describeSelection(text, 10, 30);
    const wrong = await err(createClaim({ actor: members.editor!, input: { articleId: article.id, articleVersion: 1, quote: { ...sel.quote, exact: "autre chose" }, position: sel.position } }));
    expect(wrong?.userMessage).toBe("claimSelectionMismatch");
    const stale = await err(createClaim({ actor: members.editor!, input: { articleId: article.id, articleVersion: 2, quote: sel.quote, position: sel.position } }));
    expect(stale?.code).toBe("conflict");
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("lists an article's claims in text order, overlapping ones included", async () => {
    const { members, article } = await setup();
    await claimOn(members.editor!, article.id, "130 drones ont été interceptés");
    await claimOn(members.editor!, article.id, QUOTE);
    await claimOn(members.editor!, article.id, "plus de 86\u00a0%");
    const list = await listArticleClaims({ actor: members.viewer!, articleId: article.id });
    expect(list.map((c) => c.quote)).toEqual([QUOTE, "plus de 86\u00a0%", "130 drones ont été interceptés"]);
  });
});

describe("roles", () => {
  it("viewers can read but not create, edit, judge, delete, re-attach or add evidence", async () => {
    const { members, article, v } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const viewer = members.viewer!;
    const text = article.versions[0]!.text;
    const sel = describeSelection(text, 0, 6);
    const attempts = [
      createClaim({ actor: viewer, input: { articleId: article.id, articleVersion: 1, quote: sel.quote, position: sel.position } }),
      updateClaim({ actor: viewer, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: "x" } } }),
      setVerdict({ actor: viewer, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("disputed").id } }),
      deleteClaim({ actor: viewer, input: { claimId: claim.id, expectedVersion: 1 } }),
      reattachClaim({ actor: viewer, input: { claimId: claim.id, expectedVersion: 1, articleVersion: 1, quote: sel.quote, position: sel.position } }),
      addEvidence({ actor: viewer, input: { kind: "claim", claimId: claim.id, stance: "supports", linkedClaimId: claim.id } }),
    ];
    for (const a of attempts) expect((await err(a))?.code).toBe("forbidden");
    expect((await listArticleClaims({ actor: viewer, articleId: article.id })).length).toBe(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("editors, admins and owners can write claims and set verdicts", async () => {
    const { members, article, v } = await setup();
    for (const role of ["editor", "admin", "owner"] as const) {
      const claim = await claimOn(members[role]!, article.id, QUOTE);
      const updated = await updateClaim({ actor: members[role]!, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: `par ${role}` } } });
      const judged = await setVerdict({ actor: members[role]!, input: { claimId: claim.id, expectedVersion: updated.version, verdictId: v("disputed").id } });
      expect(judged.verdictId).toBe(v("disputed").id);
      await deleteClaim({ actor: members[role]!, input: { claimId: claim.id, expectedVersion: judged.version } });
    }
    expect(await auditActions(article.workspaceId)).toEqual(expect.arrayContaining(["claim.create", "claim.update", "claim.verdict", "claim.delete"]));
  });

  it("another workspace's claim, article, verdict or source answers not found", async () => {
    const a = await setup();
    const b = await setup();
    const claimB = await claimOn(b.members.editor!, b.article.id, QUOTE);
    const claimA = await claimOn(a.members.editor!, a.article.id, QUOTE);
    const source = await db().source.create({ data: { workspaceId: b.workspace.id, name: "Valéri Guérassimov", kind: "person" } });
    expect((await err(updateClaim({ actor: a.members.editor!, input: { claimId: claimB.id, expectedVersion: 1, patch: { statement: "x" } } })))?.code).toBe("not_found");
    expect((await err(getClaimDetail({ actor: a.members.editor!, claimId: claimB.id })))?.code).toBe("not_found");
    expect((await err(setVerdict({ actor: a.members.editor!, input: { claimId: claimA.id, expectedVersion: 1, verdictId: b.v("disputed").id } })))?.code).toBe("not_found");
    expect((await err(updateClaim({ actor: a.members.editor!, input: { claimId: claimA.id, expectedVersion: 1, patch: { speakerIds: [source.id] } } })))?.code).toBe("not_found");
    expect((await err(addEvidence({ actor: a.members.editor!, input: { kind: "claim", claimId: claimA.id, stance: "supports", linkedClaimId: claimB.id } })))?.code).toBe("not_found");
    expect((await err(listArticleClaims({ actor: a.members.editor!, articleId: "not-a-uuid" })))?.code).toBe("not_found");
    expect(await searchClaims({ actor: a.members.editor!, q: "86" })).toHaveLength(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimB.id } })).statement).toBe("");
  });
});

describe("editing and concurrency", () => {
  it("saves every field, replaces speakers in order, and refuses a non-member assignee", async () => {
    const { members, article, workspace } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const gerasimov = await db().source.create({ data: { workspaceId: workspace.id, name: "Valéri Guérassimov", kind: "person", description: "Chef d’état-major russe" } });
    const ministry = await db().source.create({ data: { workspaceId: workspace.id, name: "Ministère russe de la Défense", kind: "government" } });
    const updated = await updateClaim({
      actor: members.editor!,
      input: {
        claimId: claim.id,
        expectedVersion: 1,
        patch: {
          statement: "La Russie affirme avoir repris plus de 86 % du territoire de Koursk pris par l’Ukraine",
          speakerIds: [gerasimov.id, ministry.id],
          claimDate: "2025-03-12",
          tags: ["Koursk", " koursk ", "Guerre"],
          priority: "high",
          assigneeId: members.admin!.userId,
          quantities: [{ value: 86, unit: "%", text: "plus de 86 %", approximate: false, lowerBound: true, upperBound: false, range: false }],
        },
      },
    });
    expect(updated.version).toBe(2);
    expect(updated.speakers.map((s) => s.name)).toEqual(["Valéri Guérassimov", "Ministère russe de la Défense"]);
    expect(updated.tags).toEqual(["koursk", "guerre"]);
    expect(updated.claimDate).toBe("2025-03-12");
    expect(updated.assignee?.id).toBe(members.admin!.userId);
    expect(updated.quantities[0]).toMatchObject({ value: 86, lowerBound: true });
    const reordered = await updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 2, patch: { speakerIds: [ministry.id] } } });
    expect(reordered.speakers.map((s) => s.id)).toEqual([ministry.id]);
    const { members: others } = await createWorkspaceWithMembers(["editor"]);
    const e = await err(updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 3, patch: { assigneeId: others.editor!.userId } } }));
    expect(e?.fieldErrors).toEqual({ assigneeId: ["assigneeNotMember"] });
  });

  it("a save over a newer version is a conflict that carries the current claim", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    await updateClaim({ actor: members.admin!, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: "version de l’admin" } } });
    const e = await err(updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: "version de l’éditeur" } } }));
    expect(e?.code).toBe("conflict");
    const current = (e?.details as ClaimConflictDetails).current;
    expect(current.statement).toBe("version de l’admin");
    expect(current.version).toBe(2);
    // Re-applying over the current version works and keeps both changes' history.
    const reapplied = await updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: current.version, patch: { statement: "version de l’éditeur" } } });
    expect(reapplied.statement).toBe("version de l’éditeur");
    expect(reapplied.version).toBe(3);
  });

  it("two simultaneous saves of the same version: one wins, the other gets a conflict, nothing is lost silently", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const results = await Promise.allSettled([
      updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, patch: { tags: ["a"] } } }),
      updateClaim({ actor: members.admin!, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: "b" } } }),
      setVerdict({ actor: members.owner!, input: { claimId: claim.id, expectedVersion: 1, verdictId: (await db().verdict.findFirstOrThrow({ where: { workspaceId: article.workspaceId, key: "in_progress" } })).id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.map((r) => (r.reason as AppError).code)).toEqual(["conflict", "conflict"]);
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(2);
  });

  it("a save does not wait for a transaction that is only linking something to the claim (the background analysis)", async () => {
    const { members, article } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const other = await claimOn(members.editor!, article.id, "ses troupes tiennent toujours leurs positions près de Soudja");
    let saved = false;
    // An open transaction that inserted a relation to the claim holds its foreign-key check's
    // KEY SHARE lock on the claim row until it commits, as the analysis's does.
    await db().$transaction(
      async (tx) => {
        await tx.claimRelation.create({ data: { workspaceId: article.workspaceId, fromClaimId: claim.id, toClaimId: other.id, type: "same_as", status: "suggested", score: 0.9, reason: {} } });
        const save = updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, patch: { statement: "La Russie affirme avoir repris 86 % du territoire" } } }).then(() => (saved = true));
        await Promise.race([save, new Promise((r) => setTimeout(r, 5_000))]);
        expect(saved).toBe(true);
      },
      { timeout: 10_000 },
    );
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe("La Russie affirme avoir repris 86 % du territoire");
  });
});

describe("verdict rules", () => {
  it("Verified needs a rationale and evidence; every change is kept with who, from, to and why", async () => {
    const { members, article, v } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    const other = await claimOn(members.editor!, article.id, "130 drones ont été interceptés");
    const noRationale = await err(setVerdict({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("verified").id } }));
    expect(noRationale?.userMessage).toBe("verdictNeedsRationale");
    const noEvidence = await err(setVerdict({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("verified").id, rationale: rationale("Confirmé par l’ISW.") } }));
    expect(noEvidence?.userMessage).toBe("verdictNeedsEvidence");
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).rationaleText).toBe("");

    await addEvidence({ actor: members.editor!, input: { kind: "claim", claimId: claim.id, stance: "supports", excerpt: "Même chiffre", linkedClaimId: other.id } });
    const disputed = await setVerdict({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("disputed").id } });
    const verified = await setVerdict({ actor: members.admin!, input: { claimId: claim.id, expectedVersion: disputed.version, verdictId: v("verified").id, rationale: rationale("Confirmé par l’ISW.") } });
    expect(verified.rationaleText).toBe("Confirmé par l’ISW.");
    const detail = await getClaimDetail({ actor: members.viewer!, claimId: claim.id });
    expect(detail.history.map((h) => [h.fromVerdictId, h.toVerdictId, h.actor?.id, h.rationaleText])).toEqual([
      [v("disputed").id, v("verified").id, members.admin!.userId, "Confirmé par l’ISW."],
      [v("unverified").id, v("disputed").id, members.editor!.userId, ""],
    ]);
    // Neither the rationale nor the last evidence can then be removed from under the verdict.
    expect((await err(updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: verified.version, patch: { rationale: null } } })))?.userMessage).toBe("verdictNeedsRationale");
    expect((await err(removeEvidence({ actor: members.editor!, input: { evidenceId: detail.evidence[0]!.id } })))?.userMessage).toBe("lastEvidenceOfVerdict");
  });

  it("a retired verdict cannot be given, and unsafe rationale markup is refused", async () => {
    const { members, article, v } = await setup();
    const claim = await claimOn(members.editor!, article.id, QUOTE);
    await db().verdict.update({ where: { id: v("unverifiable").id }, data: { retiredAt: new Date() } });
    expect((await err(setVerdict({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("unverifiable").id } })))?.userMessage).toBe("verdictRetired");
    const hostile = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "clic", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect((await err(setVerdict({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, verdictId: v("disputed").id, rationale: hostile } })))?.userMessage).toBe("invalidRationale");
    const script = { type: "doc", content: [{ type: "script", text: "alert(1)" }] };
    expect((await err(updateClaim({ actor: members.editor!, input: { claimId: claim.id, expectedVersion: 1, patch: { rationale: script } } })))?.userMessage).toBe("invalidRationale");
  });
});
