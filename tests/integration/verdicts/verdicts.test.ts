// The verdict set (issue 4): every mutation for every role, workspace isolation, the retire rules,
// name uniqueness across languages, colour checks and the audit trail — on a real database.
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { messagesFor } from "@/lib/i18n/messages";
import {
  createVerdict,
  reorderVerdicts,
  restoreVerdict,
  retireVerdict,
  setInitialVerdict,
  updateVerdict,
} from "@/lib/verdicts/mutations";
import { toVerdictDTO } from "@/lib/verdicts/present";
import { listVerdicts } from "@/lib/verdicts/queries";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    const err = e as AppError & { issues?: { message: string }[] };
    if (err.issues) return `validation:${err.issues.map((i) => i.message).join(",")}`;
    return err.code === "conflict" || err.code === "validation" ? `${err.code}:${err.userMessage === err.code ? Object.values(err.fieldErrors ?? {}).flat().join(",") : err.userMessage}` : (err.code ?? String(e));
  }
}

async function verdict(workspaceId: string, key: string) {
  return db().verdict.findFirstOrThrow({ where: { workspaceId, key } });
}

const t = (locale: "en" | "fr") => createTranslator({ locale, messages: messagesFor(locale), namespace: "verdicts" });

const ROLES: [Role, "ok" | "forbidden"][] = [
  ["owner", "ok"],
  ["admin", "ok"],
  ["editor", "forbidden"],
  ["viewer", "forbidden"],
];

describe("listVerdicts", () => {
  it.each(ROLES.map(([r]) => r))("%s reads the default set in order, with translated names", async (role) => {
    const { members } = await createWorkspaceWithMembers();
    const rows = await listVerdicts({ actor: members[role]! });
    expect(rows.map((r) => r.key)).toEqual(["unverified", "in_progress", "verified", "mostly_true", "misleading", "disputed", "contradictory", "false", "unverifiable"]);
    expect(rows.map((r) => toVerdictDTO(r, t("fr")).name)).toEqual([
      "Non vérifié",
      "En cours",
      "Vérifié",
      "Plutôt vrai",
      "Trompeur",
      "Contesté",
      "Contradictoire",
      "Faux",
      "Invérifiable",
    ]);
    expect(toVerdictDTO(rows[0]!, t("en"))).toMatchObject({ name: "Unverified", isInitial: true, retired: false, rating: 3, claimReviewName: "Unverified" });
  });

  it("lists only the actor's workspace, and hides retired verdicts when asked", async () => {
    const mine = await createWorkspaceWithMembers(["owner"]);
    await createWorkspaceWithMembers(["owner"]);
    const owner = mine.members.owner!;
    await retireVerdict({ actor: owner, input: { verdictId: (await verdict(mine.workspace.id, "disputed")).id } });
    const all = await listVerdicts({ actor: owner });
    expect(all).toHaveLength(9);
    expect(all.every((v) => v.workspaceId === mine.workspace.id)).toBe(true);
    const usable = await listVerdicts({ actor: owner, includeRetired: false });
    expect(usable.map((v) => v.key)).not.toContain("disputed");
    expect(usable).toHaveLength(8);
  });
});

describe("every mutation for every role", () => {
  it.each(ROLES)("%s updating a verdict → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const v = await verdict(workspace.id, "disputed");
    expect(await outcome(updateVerdict({ actor: members[role]!, input: { verdictId: v.id, name: "Controversé", color: "#b45309" } }))).toBe(expected);
    const after = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect([after.name, after.color]).toEqual(expected === "ok" ? ["Controversé", "#b45309"] : [null, "#ea580c"]);
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.update"] : []);
  });

  it.each(ROLES)("%s adding a verdict → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const input = { name: "Satire", description: "Humour ou parodie présentés comme tels.", color: "#0f766e", claimReviewName: "Satire", rating: 3 };
    expect(await outcome(createVerdict({ actor: members[role]!, input }))).toBe(expected);
    const rows = await db().verdict.findMany({ where: { workspaceId: workspace.id }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(expected === "ok" ? 10 : 9);
    if (expected === "ok") expect(rows.at(-1)).toMatchObject({ key: null, name: "Satire", position: 9, isInitial: false, retiredAt: null, requiresEvidence: false });
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.create"] : []);
  });

  it.each(ROLES)("%s retiring a verdict → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const v = await verdict(workspace.id, "contradictory");
    expect(await outcome(retireVerdict({ actor: members[role]!, input: { verdictId: v.id } }))).toBe(expected);
    const after = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect(after.retiredAt !== null).toBe(expected === "ok");
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.retire"] : []);
  });

  it.each(ROLES)("%s restoring a verdict → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const v = await verdict(workspace.id, "contradictory");
    await retireVerdict({ actor: members.owner!, input: { verdictId: v.id } });
    expect(await outcome(restoreVerdict({ actor: members[role]!, input: { verdictId: v.id } }))).toBe(expected);
    const after = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect(after.retiredAt === null).toBe(expected === "ok");
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.retire", "verdict.restore"] : ["verdict.retire"]);
  });

  it.each(ROLES)("%s reordering the set → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const rows = await listVerdicts({ actor: members.owner! });
    const order = [rows[8]!, ...rows.slice(0, 8)].map((v) => v.id);
    expect(await outcome(reorderVerdicts({ actor: members[role]!, input: { verdictIds: order } }))).toBe(expected);
    const keys = (await listVerdicts({ actor: members.owner! })).map((v) => v.key);
    expect(keys[0]).toBe(expected === "ok" ? "unverifiable" : "unverified");
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.reorder"] : []);
  });

  it.each(ROLES)("%s choosing the starting verdict → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    const v = await verdict(workspace.id, "in_progress");
    expect(await outcome(setInitialVerdict({ actor: members[role]!, input: { verdictId: v.id } }))).toBe(expected);
    const initial = await db().verdict.findMany({ where: { workspaceId: workspace.id, isInitial: true } });
    expect(initial.map((x) => x.key)).toEqual([expected === "ok" ? "in_progress" : "unverified"]);
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["verdict.set_initial"] : []);
  });
});

describe("workspace isolation", () => {
  it("another workspace's verdict is not found for every mutation, and stays untouched", async () => {
    const mine = await createWorkspaceWithMembers(["owner"]);
    const theirs = await createWorkspaceWithMembers(["owner"]);
    const owner = mine.members.owner!;
    const foreign = await verdict(theirs.workspace.id, "disputed");
    const own = await listVerdicts({ actor: owner });
    const results = [
      await outcome(updateVerdict({ actor: owner, input: { verdictId: foreign.id, name: "Piraté" } })),
      await outcome(retireVerdict({ actor: owner, input: { verdictId: foreign.id } })),
      await outcome(restoreVerdict({ actor: owner, input: { verdictId: foreign.id } })),
      await outcome(setInitialVerdict({ actor: owner, input: { verdictId: foreign.id } })),
      await outcome(reorderVerdicts({ actor: owner, input: { verdictIds: [...own.slice(1).map((v) => v.id), foreign.id] } })),
      await outcome(updateVerdict({ actor: owner, input: { verdictId: randomUUID(), name: "Inconnu" } })),
    ];
    expect(results).toEqual(Array(6).fill("not_found"));
    expect(await db().verdict.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
    expect(await auditActions(theirs.workspace.id)).toEqual([]);
    expect(await auditActions(mine.workspace.id)).toEqual([]);
  });

  it("a malformed id is a validation error, not a crash", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    expect(await outcome(retireVerdict({ actor: members.owner!, input: { verdictId: "verified" } }))).toBe("validation:notFound");
  });
});

describe("retiring and the starting verdict", () => {
  it("a retired verdict stays on the claims that have it", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const v = await verdict(workspace.id, "misleading");
    const article = await db().article.create({ data: { workspaceId: workspace.id, title: "Koursk : « plus de 86 % » du territoire repris", contentHash: "0".repeat(64) } });
    const claim = await db().claim.create({
      data: { workspaceId: workspace.id, articleId: article.id, quote: "plus de 86 %", anchor: { create: { version: 1, start: 0, end: 12 } }, verdictId: v.id },
    });
    await retireVerdict({ actor: members.owner!, input: { verdictId: v.id }, requestId: "req-retire" });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).verdictId).toBe(v.id);
    const dto = toVerdictDTO(await db().verdict.findUniqueOrThrow({ where: { id: v.id } }), t("en"));
    expect(dto).toMatchObject({ name: "Misleading", retired: true });
    const ev = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "verdict.retire" } });
    expect(ev).toMatchObject({ actorId: members.owner!.userId, targetId: v.id, requestId: "req-retire", after: { retired: true, claims: 1 } });
  });

  it("the starting verdict cannot be retired; once another starts, it can", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["admin"]);
    const admin = members.admin!;
    const unverified = await verdict(workspace.id, "unverified");
    expect(await outcome(retireVerdict({ actor: admin, input: { verdictId: unverified.id } }))).toBe("conflict:verdictInitialRetire");
    await setInitialVerdict({ actor: admin, input: { verdictId: (await verdict(workspace.id, "in_progress")).id } });
    expect(await outcome(retireVerdict({ actor: admin, input: { verdictId: unverified.id } }))).toBe("ok");
  });

  it("a retired verdict cannot become the starting one until it is restored", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const owner = members.owner!;
    const v = await verdict(workspace.id, "in_progress");
    await retireVerdict({ actor: owner, input: { verdictId: v.id } });
    expect(await outcome(setInitialVerdict({ actor: owner, input: { verdictId: v.id } }))).toBe("conflict:verdictInitialRetired");
    await restoreVerdict({ actor: owner, input: { verdictId: v.id } });
    expect(await outcome(setInitialVerdict({ actor: owner, input: { verdictId: v.id } }))).toBe("ok");
    expect((await db().verdict.findMany({ where: { workspaceId: workspace.id, isInitial: true } })).map((x) => x.id)).toEqual([v.id]);
  });

  it("at least one verdict stays available", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const owner = members.owner!;
    // Without a starting verdict (a set damaged outside the app) the last-one rule still holds.
    await db().verdict.updateMany({ where: { workspaceId: workspace.id }, data: { isInitial: false } });
    const rows = await listVerdicts({ actor: owner });
    for (const v of rows.slice(1)) expect(await outcome(retireVerdict({ actor: owner, input: { verdictId: v.id } }))).toBe("ok");
    expect(await outcome(retireVerdict({ actor: owner, input: { verdictId: rows[0]!.id } }))).toBe("conflict:verdictLastActive");
    expect(await listVerdicts({ actor: owner, includeRetired: false })).toHaveLength(1);
  });

  it("retiring or restoring twice changes nothing and audits once", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const v = await verdict(workspace.id, "disputed");
    await retireVerdict({ actor: members.owner!, input: { verdictId: v.id } });
    const first = (await db().verdict.findUniqueOrThrow({ where: { id: v.id } })).retiredAt;
    await retireVerdict({ actor: members.owner!, input: { verdictId: v.id } });
    expect((await db().verdict.findUniqueOrThrow({ where: { id: v.id } })).retiredAt).toEqual(first);
    await restoreVerdict({ actor: members.owner!, input: { verdictId: v.id } });
    await restoreVerdict({ actor: members.owner!, input: { verdictId: v.id } });
    expect(await auditActions(workspace.id)).toEqual(["verdict.retire", "verdict.restore"]);
  });
});

describe("names", () => {
  it("are unique ignoring case and accents, against every language's default names and retired verdicts", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["admin"]);
    const admin = members.admin!;
    const disputed = await verdict(workspace.id, "disputed");
    const base = { color: "#0f766e", claimReviewName: "Other", rating: 3 };
    expect(await outcome(updateVerdict({ actor: admin, input: { verdictId: disputed.id, name: "FAUX" } }))).toBe("conflict:verdictNameTaken");
    expect(await outcome(updateVerdict({ actor: admin, input: { verdictId: disputed.id, name: "verifie" } }))).toBe("conflict:verdictNameTaken");
    expect(await outcome(createVerdict({ actor: admin, input: { ...base, name: "  mostly   TRUE " } }))).toBe("conflict:verdictNameTaken");
    // A retired verdict still labels old claims: its name stays taken.
    await retireVerdict({ actor: admin, input: { verdictId: disputed.id } });
    expect(await outcome(createVerdict({ actor: admin, input: { ...base, name: "Contesté" } }))).toBe("conflict:verdictNameTaken");
    // Once "False" is renamed everywhere, its old names are free.
    await updateVerdict({ actor: admin, input: { verdictId: (await verdict(workspace.id, "false")).id, name: "Inexact" } });
    expect(await outcome(createVerdict({ actor: admin, input: { ...base, name: "Faux" } }))).toBe("ok");
  });

  it("keeping a verdict's own name is not a conflict; two admins adding the same name at once: one wins", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner", "admin"]);
    const v = await verdict(workspace.id, "verified");
    expect(await outcome(updateVerdict({ actor: members.admin!, input: { verdictId: v.id, name: "vérifié", rating: 5 } }))).toBe("ok");
    const base = { color: "#0f766e", claimReviewName: "Satire", rating: 3, name: "Satire" };
    const results = await Promise.allSettled([
      createVerdict({ actor: members.owner!, input: base }),
      createVerdict({ actor: members.admin!, input: { ...base, name: "satire" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().verdict.count({ where: { workspaceId: workspace.id, name: { equals: "satire", mode: "insensitive" } } })).toBe(1);
  });

  it("a default verdict given back its default wording follows the translations again", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const owner = members.owner!;
    const v = await verdict(workspace.id, "false");
    await updateVerdict({ actor: owner, input: { verdictId: v.id, name: "Erroné", description: "Contredit par les faits." } });
    let row = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect([toVerdictDTO(row, t("en")).name, toVerdictDTO(row, t("fr")).description]).toEqual(["Erroné", "Contredit par les faits."]);
    // Typing the French default back (while the UI is in French) stores nothing of one's own…
    await updateVerdict({ actor: owner, input: { verdictId: v.id, name: "Faux", description: t("fr")("defaults.false.description") } });
    row = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect([row.name, row.description]).toEqual([null, null]);
    expect(toVerdictDTO(row, t("en")).name).toBe("False");
    // …and an empty name does the same, while an empty description is kept empty on purpose.
    await updateVerdict({ actor: owner, input: { verdictId: v.id, name: "Erroné", description: "" } });
    await updateVerdict({ actor: owner, input: { verdictId: v.id, name: "" } });
    row = await db().verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect([row.name, row.description, toVerdictDTO(row, t("fr")).description]).toEqual([null, "", null]);
  });

  it("a verdict admins added needs a name", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    const owner = members.owner!;
    const base = { color: "#0f766e", claimReviewName: "Satire", rating: 3 };
    expect(await outcome(createVerdict({ actor: owner, input: { ...base, name: "   " } }))).toBe("validation:verdictNameRequired");
    const created = await createVerdict({ actor: owner, input: { ...base, name: "Satire" } });
    expect(await outcome(updateVerdict({ actor: owner, input: { verdictId: created.id, name: "" } }))).toBe("validation:verdictNameRequired");
  });
});

describe("fields", () => {
  it("checks colour, rating and ClaimReview name, and normalises the colour", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const owner = members.owner!;
    const v = await verdict(workspace.id, "disputed");
    const update = (patch: Record<string, unknown>) => outcome(updateVerdict({ actor: owner, input: { verdictId: v.id, ...patch } }));
    expect(await update({ color: "orange" })).toBe("validation:verdictColorInvalid");
    expect(await update({ color: "#ff00" })).toBe("validation:verdictColorInvalid");
    // Pale yellow vanishes on the light theme, near-black on the dark one.
    expect(await update({ color: "#fde047" })).toBe("validation:verdictColorLowContrast");
    expect(await update({ color: "#1e1b4b" })).toBe("validation:verdictColorLowContrast");
    expect(await update({ rating: 0 })).toBe("validation:verdictRatingInvalid");
    expect(await update({ rating: 6 })).toBe("validation:verdictRatingInvalid");
    expect(await update({ rating: 2.5 })).toBe("validation:verdictRatingInvalid");
    expect(await update({ claimReviewName: " " })).toBe("validation:verdictClaimReviewNameRequired");
    expect(await update({ name: "x".repeat(61) })).toBe("validation:verdictNameTooLong");
    expect(await update({ color: "#0F766E", rating: "2", claimReviewName: "Needs context", requiresEvidence: "on" })).toBe("ok");
    expect(await db().verdict.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ color: "#0f766e", rating: 2, claimReviewName: "Needs context", requiresEvidence: true });
    const ev = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "verdict.update" } });
    expect(ev.before).toEqual({ color: "#ea580c", rating: 3, claimReviewName: "Disputed", requiresEvidence: false });
    expect(ev.after).toEqual({ color: "#0f766e", rating: 2, claimReviewName: "Needs context", requiresEvidence: true });
  });

  it("an update that changes nothing is not audited", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const v = await verdict(workspace.id, "disputed");
    await updateVerdict({ actor: members.owner!, input: { verdictId: v.id, color: "#EA580C", name: "Disputed", rating: 3 } });
    expect(await auditActions(workspace.id)).toEqual([]);
  });
});

describe("order", () => {
  it("moves verdicts and refuses a list made from a stale page", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const owner: Actor = members.owner!;
    const rows = await listVerdicts({ actor: owner });
    const ids = rows.map((v) => v.id);
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)];
    await reorderVerdicts({ actor: owner, input: { verdictIds: swapped }, requestId: "req-order" });
    expect((await listVerdicts({ actor: owner })).map((v) => [v.id, v.position])).toEqual(swapped.map((id, i) => [id, i]));
    expect(await outcome(reorderVerdicts({ actor: owner, input: { verdictIds: swapped.slice(1) } }))).toBe("conflict:verdictOrderStale");
    expect(await outcome(reorderVerdicts({ actor: owner, input: { verdictIds: [...swapped, swapped[0]!] } }))).toBe("validation:verdictOrderStale");
    // A verdict added by someone else meanwhile makes the old list stale.
    const added = await createVerdict({ actor: owner, input: { name: "Satire", color: "#0f766e", claimReviewName: "Satire", rating: 3 } });
    expect(await outcome(reorderVerdicts({ actor: owner, input: { verdictIds: ids } }))).toBe("conflict:verdictOrderStale");
    expect(await outcome(reorderVerdicts({ actor: owner, input: { verdictIds: [added.id, ...ids] } }))).toBe("ok");
    const ev = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "verdict.reorder", requestId: "req-order" } });
    expect(ev.after).toEqual({ order: swapped });
  });
});
