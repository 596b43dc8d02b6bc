// Bulk actions of the claims table: permissions for every role, workspace isolation, the verdict
// rules, versions, verdict history and audit rows, against the real database.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/authorize";
import { bulkAssign, bulkSetVerdict, bulkTag } from "@/lib/claims/bulk";
import { MAX_BULK_IDS } from "@/lib/claims/table-schemas";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { makeArticle, makeClaim, verdictIds } from "./fixtures";

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as AppError).code ?? String(e);
  }
}

async function setup(count = 3, spec: Parameters<typeof makeClaim>[2] = {}) {
  const { workspace, members } = await createWorkspaceWithMembers(["owner", "admin", "editor", "viewer"]);
  const article = await makeArticle(workspace.id);
  const claims = [];
  for (let i = 0; i < count; i++) claims.push(await makeClaim(workspace.id, article.id, spec));
  return { ws: workspace.id, members: members as Record<"owner" | "admin" | "editor" | "viewer", Actor>, article, ids: claims.map((c) => c.id) };
}

const claimsOf = (ids: string[]) => db().claim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });

const ROLES = [
  ["viewer", "forbidden"],
  ["editor", "ok"],
  ["admin", "ok"],
  ["owner", "ok"],
] as const;

describe("bulkAssign", () => {
  it.each(ROLES)("%s → %s", async (role, expected) => {
    const { members, ids } = await setup(2);
    const target = members.editor.userId;
    expect(await code(bulkAssign({ actor: members[role], input: { claimIds: ids, assigneeId: target } }))).toBe(expected);
    const after = await claimsOf(ids);
    expect(after.map((c) => c.assigneeId)).toEqual(ids.map(() => (expected === "ok" ? target : null)));
    expect(after.map((c) => c.version)).toEqual(ids.map(() => (expected === "ok" ? 2 : 1)));
  });

  it("bumps version and updatedById, audits each claim changed, skips unchanged and foreign ids", async () => {
    const { ws, members, ids, article } = await setup(3);
    const editor = members.editor;
    const already = await makeClaim(ws, article.id, { assigneeId: members.viewer.userId });
    const other = await setup(1);
    const res = await bulkAssign({ actor: editor, input: { claimIds: [...ids, already.id, other.ids[0]!], assigneeId: members.viewer.userId }, requestId: "req-bulk" });
    expect(res.updated.sort()).toEqual([...ids].sort());
    expect(res.skipped).toEqual([
      { id: already.id, reason: "unchanged" },
      { id: other.ids[0], reason: "notFound" },
    ]);
    for (const c of await claimsOf(ids)) expect(c).toMatchObject({ assigneeId: members.viewer.userId, version: 2, updatedById: editor.userId });
    expect((await db().claim.findUniqueOrThrow({ where: { id: already.id } })).version).toBe(1);
    expect(await db().claim.findUniqueOrThrow({ where: { id: other.ids[0]! } })).toMatchObject({ assigneeId: null, version: 1 });
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws, action: "claim.update" } });
    expect(audit.map((a) => a.targetId).sort()).toEqual([...ids].sort());
    expect(audit[0]).toMatchObject({ actorId: editor.userId, requestId: "req-bulk", targetType: "claim", before: { assigneeId: null }, after: { assigneeId: members.viewer.userId } });
    expect(await db().auditEvent.count({ where: { workspaceId: other.ws } })).toBe(0);
  });

  it("unassigns with null; refuses someone who is not a member, changing nothing", async () => {
    const { members, ids } = await setup(2, {});
    await bulkAssign({ actor: members.editor, input: { claimIds: ids, assigneeId: members.admin.userId } });
    const outsider = (await setup(0)).members.editor;
    const err = await bulkAssign({ actor: members.editor, input: { claimIds: ids, assigneeId: outsider.userId } }).catch((e: AppError) => e);
    expect(err).toMatchObject({ code: "validation", userMessage: "assigneeNotMember" });
    expect((await claimsOf(ids)).map((c) => c.assigneeId)).toEqual([members.admin.userId, members.admin.userId]);
    const res = await bulkAssign({ actor: members.editor, input: { claimIds: ids, assigneeId: null } });
    expect(res.updated).toHaveLength(2);
    expect((await claimsOf(ids)).map((c) => [c.assigneeId, c.version])).toEqual([
      [null, 3],
      [null, 3],
    ]);
  });

  it(`takes at most ${MAX_BULK_IDS} ids, and at least one`, async () => {
    const { members } = await setup(0);
    const many = Array.from({ length: MAX_BULK_IDS + 1 }, () => crypto.randomUUID());
    await expect(bulkAssign({ actor: members.editor, input: { claimIds: many, assigneeId: null } })).rejects.toThrow(/bulkTooManyClaims/);
    await expect(bulkAssign({ actor: members.editor, input: { claimIds: [], assigneeId: null } })).rejects.toThrow(/bulkNoClaims/);
    const res = await bulkAssign({ actor: members.editor, input: { claimIds: many.slice(0, MAX_BULK_IDS), assigneeId: null } });
    expect(res.skipped).toHaveLength(MAX_BULK_IDS);
  });
});

describe("bulkTag", () => {
  it.each(ROLES)("%s → %s", async (role, expected) => {
    const { members, ids } = await setup(2, { tags: ["koursk"] });
    expect(await code(bulkTag({ actor: members[role], input: { claimIds: ids, add: ["Défense"] } }))).toBe(expected);
    expect((await claimsOf(ids)).map((c) => c.tags)).toEqual(ids.map(() => (expected === "ok" ? ["koursk", "défense"] : ["koursk"])));
  });

  it("adds and removes per claim, keeps order, skips unchanged, too many tags and foreign ids; audits before/after", async () => {
    const { ws, members, article } = await setup(0);
    const a = await makeClaim(ws, article.id, { tags: ["koursk", "russie"] });
    const b = await makeClaim(ws, article.id, { tags: ["défense"] });
    const c = await makeClaim(ws, article.id, { tags: ["défense", "russie"] });
    const full = await makeClaim(ws, article.id, { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    const other = await setup(1, { tags: ["russie"] });
    const res = await bulkTag({
      actor: members.editor,
      input: { claimIds: [a.id, b.id, c.id, full.id, other.ids[0]!], add: ["défense"], remove: ["russie"] },
    });
    expect(res.updated.sort()).toEqual([a.id, c.id].sort());
    expect(res.skipped).toEqual([
      { id: b.id, reason: "unchanged" },
      { id: full.id, reason: "tooManyTags" },
      { id: other.ids[0], reason: "notFound" },
    ]);
    const after = new Map((await claimsOf([a.id, b.id, c.id, full.id, other.ids[0]!])).map((x) => [x.id, x]));
    expect(after.get(a.id)).toMatchObject({ tags: ["koursk", "défense"], version: 2, updatedById: members.editor.userId });
    expect(after.get(c.id)).toMatchObject({ tags: ["défense"], version: 2 });
    expect(after.get(b.id)).toMatchObject({ tags: ["défense"], version: 1 });
    expect(after.get(full.id)!.version).toBe(1);
    expect(after.get(other.ids[0]!)).toMatchObject({ tags: ["russie"], version: 1 });
    expect(after.get(a.id)!.updatedAt.getTime()).toBeGreaterThan(a.updatedAt.getTime());
    const ev = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: ws, targetId: a.id } });
    expect(ev).toMatchObject({ action: "claim.update", before: { tags: ["koursk", "russie"] }, after: { tags: ["koursk", "défense"] } });
    expect(await db().auditEvent.count({ where: { workspaceId: ws } })).toBe(2);
  });

  it("needs a tag to add or remove", async () => {
    const { members, ids } = await setup(1);
    await expect(bulkTag({ actor: members.editor, input: { claimIds: ids } })).rejects.toThrow(/bulkNoTags/);
  });
});

describe("bulkSetVerdict", () => {
  it.each(ROLES)("%s → %s", async (role, expected) => {
    const { ws, members, ids } = await setup(2);
    const v = await verdictIds(ws);
    expect(await code(bulkSetVerdict({ actor: members[role], input: { claimIds: ids, verdictId: v.in_progress! } }))).toBe(expected);
    expect((await claimsOf(ids)).map((c) => c.verdictId)).toEqual(ids.map(() => (expected === "ok" ? v.in_progress : v.unverified)));
    expect(await db().verdictChange.count({ where: { claimId: { in: ids } } })).toBe(expected === "ok" ? 2 : 0);
  });

  it("applies only where the rules allow; skipped claims say why; history and audit for the rest", async () => {
    const { ws, members, article } = await setup(0);
    const v = await verdictIds(ws);
    const bare = await makeClaim(ws, article.id);
    const rationaleOnly = await makeClaim(ws, article.id, { rationaleText: "Le ministère dément." });
    const ready = await makeClaim(ws, article.id, { rationaleText: "Deux sources indépendantes le confirment.", evidence: 2, verdict: "in_progress" });
    const already = await makeClaim(ws, article.id, { verdict: "verified", rationaleText: "Déjà vérifié.", evidence: 1 });
    const other = await setup(1, { rationaleText: "x", evidence: 1 });
    const res = await bulkSetVerdict({
      actor: members.editor,
      input: { claimIds: [bare.id, rationaleOnly.id, ready.id, already.id, other.ids[0]!], verdictId: v.verified! },
      requestId: "req-v",
    });
    expect(res.updated).toEqual([ready.id]);
    expect(res.skipped).toEqual([
      { id: bare.id, reason: "verdictNeedsRationale" },
      { id: rationaleOnly.id, reason: "verdictNeedsEvidence" },
      { id: already.id, reason: "unchanged" },
      { id: other.ids[0], reason: "notFound" },
    ]);
    expect(await db().claim.findUniqueOrThrow({ where: { id: ready.id } })).toMatchObject({ verdictId: v.verified, version: 2, updatedById: members.editor.userId });
    for (const c of [bare, rationaleOnly, already]) expect((await db().claim.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(1);
    expect((await db().claim.findUniqueOrThrow({ where: { id: other.ids[0]! } })).verdictId).not.toBe(v.verified);
    const changes = await db().verdictChange.findMany({ where: { claimId: { in: [bare.id, rationaleOnly.id, ready.id, already.id, other.ids[0]!] } } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      claimId: ready.id,
      fromVerdictId: v.in_progress,
      toVerdictId: v.verified,
      rationaleText: "Deux sources indépendantes le confirment.",
      actorId: members.editor.userId,
    });
    expect(changes[0]!.rationale).toMatchObject({ type: "doc" });
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "claim.verdict", targetId: ready.id, requestId: "req-v", before: { verdictId: v.in_progress }, after: { verdictId: v.verified } });
  });

  it("a verdict that needs nothing applies to all; a retired one to none; another workspace's is not found", async () => {
    const { ws, members, ids } = await setup(3);
    const v = await verdictIds(ws);
    expect((await bulkSetVerdict({ actor: members.editor, input: { claimIds: ids, verdictId: v.disputed! } })).updated).toHaveLength(3);
    await db().verdict.update({ where: { id: v.contradictory! }, data: { retiredAt: new Date() } });
    const retired = await bulkSetVerdict({ actor: members.editor, input: { claimIds: ids, verdictId: v.contradictory! } });
    expect(retired.updated).toEqual([]);
    expect(retired.skipped.map((s) => s.reason)).toEqual(["verdictRetired", "verdictRetired", "verdictRetired"]);
    const other = await setup(0);
    const foreign = (await verdictIds(other.ws)).false!;
    expect(await code(bulkSetVerdict({ actor: members.editor, input: { claimIds: ids, verdictId: foreign } }))).toBe("not_found");
    expect((await claimsOf(ids)).map((c) => c.verdictId)).toEqual(ids.map(() => v.disputed));
  });
});

describe("bulk actions and the claims they lock", () => {
  it("concurrent bulk actions on the same claims lose nothing: each waits for the other's lock", async () => {
    const { members, ids } = await setup(6);
    // Several rounds: a lost update needs the reads to interleave, which one round may not do.
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all([
        bulkTag({ actor: members.editor, input: { claimIds: ids, add: [`a${round}`] } }),
        bulkTag({ actor: members.admin, input: { claimIds: [...ids].reverse(), add: [`b${round}`] } }),
        bulkTag({ actor: members.owner, input: { claimIds: ids, add: [`c${round}`] } }),
      ]);
      for (const r of results) expect(r.updated).toHaveLength(6);
    }
    const all = ["a", "b", "c"].flatMap((p) => [1, 2, 3, 4, 5].map((n) => `${p}${n}`)).sort();
    for (const c of await claimsOf(ids)) {
      expect([...c.tags].sort()).toEqual(all);
      expect(c.version).toBe(16);
    }
  });
});
