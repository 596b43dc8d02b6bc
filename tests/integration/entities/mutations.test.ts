// Every entity mutation for every role, its audit event in the same transaction, the rules of
// each (renames keep the old name, decisions move keys, merge and split move aliases and claim
// links) and ids of another workspace answering not_found.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import {
  addAlias,
  confirmAlias,
  createEntity,
  deleteEntity,
  linkClaim,
  mergeEntities,
  rejectAlias,
  splitEntity,
  unlinkClaim,
  updateEntity,
} from "@/lib/entities/mutations";
import { decodeReason } from "@/lib/entities/reason";
import type { Role } from "@/lib/generated/prisma/enums";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";
import { createArticle, createClaim, failure, link, outcome, resolve } from "./helpers";

const ROLES: Role[] = ["owner", "admin", "editor", "viewer"];

/**
 * A workspace with Koursk (Kursk proposed, Курск confirmed), Sudzha and a claim mentioning each,
 * linked; the audit log holds only the set-up's events.
 */
async function setup() {
  const { workspace, members } = await createWorkspaceWithMembers(ROLES);
  const editor = members.editor!;
  const [koursk, kursk, soudja] = await resolve(workspace.id, editor.userId, [
    { text: "Koursk", type: "place" },
    { text: "Kursk", type: "place" },
    { text: "Soudja", type: "place" },
  ]);
  const cyr = await db().entityAlias.create({ data: { entityId: koursk!.entity.id, alias: "Курск", status: "confirmed", language: "ru" } });
  await db().entity.update({ where: { id: koursk!.entity.id }, data: { keys: ["kursk"] } });
  const article = await createArticle(workspace.id);
  const c1 = await createClaim(workspace.id, article.id, "des drones ont visé Koursk");
  const c2 = await createClaim(workspace.id, article.id, "l’oblast de Kursk a été touché");
  const c3 = await createClaim(workspace.id, article.id, "Soudja est repassée sous contrôle russe");
  await link(c1.id, koursk!.entity.id);
  await link(c2.id, koursk!.entity.id);
  await link(c3.id, soudja!.entity.id);
  return {
    workspace,
    members,
    koursk: koursk!.entity,
    kurskAlias: kursk!.alias!,
    cyrAlias: cyr,
    soudja: soudja!.entity,
    claims: [c1, c2, c3] as const,
    audit: await auditActions(workspace.id),
  };
}
type Ctx = Awaited<ReturnType<typeof setup>>;

const aliasesOf = async (entityId: string) =>
  Object.fromEntries((await db().entityAlias.findMany({ where: { entityId } })).map((a) => [a.alias, a.status]));
const linksOf = async (entityId: string) => (await db().claimEntity.findMany({ where: { entityId } })).map((l) => l.claimId).sort();

/** Each mutation, what it does to the set-up, and how to tell whether it happened. */
const CASES: { name: string; action: string; run: (c: Ctx, a: Actor) => Promise<unknown>; happened: (c: Ctx) => Promise<boolean> }[] = [
  {
    name: "createEntity",
    action: "entity.create",
    run: (c, a) => createEntity({ actor: a, input: { name: "Belgorod", type: "place", aliases: ["Bielgorod"] }, requestId: "r" }),
    happened: async (c) => (await db().entity.count({ where: { workspaceId: c.workspace.id, name: "Belgorod" } })) === 1,
  },
  {
    name: "updateEntity",
    action: "entity.update",
    run: (c, a) => updateEntity({ actor: a, input: { entityId: c.koursk.id, description: "Ville de Russie, chef-lieu de l’oblast" }, requestId: "r" }),
    happened: async (c) => (await db().entity.findUniqueOrThrow({ where: { id: c.koursk.id } })).description !== null,
  },
  {
    name: "confirmAlias",
    action: "entity.alias_confirm",
    run: (c, a) => confirmAlias({ actor: a, input: { aliasId: c.kurskAlias.id }, requestId: "r" }),
    happened: async (c) => (await db().entityAlias.findUniqueOrThrow({ where: { id: c.kurskAlias.id } })).status === "confirmed",
  },
  {
    name: "rejectAlias",
    action: "entity.alias_reject",
    run: (c, a) => rejectAlias({ actor: a, input: { aliasId: c.kurskAlias.id }, requestId: "r" }),
    happened: async (c) => (await db().entityAlias.findUniqueOrThrow({ where: { id: c.kurskAlias.id } })).status === "rejected",
  },
  {
    name: "addAlias",
    action: "entity.alias_add",
    run: (c, a) => addAlias({ actor: a, input: { entityId: c.koursk.id, alias: "Kursk’", language: "en" }, requestId: "r" }),
    happened: async (c) => (await db().entityAlias.count({ where: { entityId: c.koursk.id, alias: "Kursk’" } })) === 1,
  },
  {
    name: "mergeEntities",
    action: "entity.merge",
    run: (c, a) => mergeEntities({ actor: a, input: { keepId: c.koursk.id, mergeId: c.soudja.id }, requestId: "r" }),
    happened: async (c) => (await db().entity.count({ where: { id: c.soudja.id } })) === 0,
  },
  {
    name: "splitEntity",
    action: "entity.split",
    run: (c, a) => splitEntity({ actor: a, input: { entityId: c.koursk.id, aliasIds: [c.kurskAlias.id] }, requestId: "r" }),
    happened: async (c) => (await db().entity.count({ where: { workspaceId: c.workspace.id } })) === 3,
  },
  {
    name: "linkClaim",
    action: "entity.claim_link",
    run: (c, a) => linkClaim({ actor: a, input: { entityId: c.soudja.id, claimId: c.claims[0].id }, requestId: "r" }),
    happened: async (c) => (await linksOf(c.soudja.id)).includes(c.claims[0].id),
  },
  {
    name: "unlinkClaim",
    action: "entity.claim_unlink",
    run: (c, a) => unlinkClaim({ actor: a, input: { entityId: c.soudja.id, claimId: c.claims[2].id }, requestId: "r" }),
    happened: async (c) => (await linksOf(c.soudja.id)).length === 0,
  },
  {
    name: "deleteEntity",
    action: "entity.delete",
    run: (c, a) => deleteEntity({ actor: a, input: { entityId: c.soudja.id }, requestId: "r" }),
    happened: async (c) => (await db().entity.count({ where: { id: c.soudja.id } })) === 0,
  },
];

describe.each(CASES)("$name", ({ action, run, happened }) => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "ok"],
    ["viewer", "forbidden"],
  ] as const)("%s → %s, audited in the same transaction", async (role, expected) => {
    const ctx = await setup();
    expect(await outcome(run(ctx, ctx.members[role]!))).toBe(expected);
    expect(await happened(ctx)).toBe(expected === "ok");
    expect(await auditActions(ctx.workspace.id)).toEqual(expected === "ok" ? [...ctx.audit, action] : ctx.audit);
  });

  it("another workspace's member gets not_found and changes nothing", async () => {
    const ctx = await setup();
    const other = await createWorkspaceWithMembers(["editor"]);
    const result = await outcome(run(ctx, other.members.editor!));
    // createEntity has no id to miss: it creates in the actor's own workspace.
    if (action === "entity.create") expect(result).toBe("ok");
    else expect(result).toBe("not_found");
    expect(await happened(ctx)).toBe(false);
    expect(await auditActions(ctx.workspace.id)).toEqual(ctx.audit);
  });
});

describe("entity rules", () => {
  it("createEntity refuses a name whose key another entity of that type has, and names it", async () => {
    const ctx = await setup();
    const e = await failure(createEntity({ actor: ctx.members.editor!, input: { name: "Sudzha", type: "place" } }));
    expect(e.code).toBe("conflict");
    expect((e.details as { existing: { id: string } }).existing.id).toBe(ctx.soudja.id);
    // Another type is another entity (a person named like a town).
    await expect(createEntity({ actor: ctx.members.editor!, input: { name: "Sudzha", type: "person" } })).resolves.toMatchObject({ name: "Sudzha" });
  });

  it("a rename keeps the former name as a confirmed alias and drops the alias that became the name", async () => {
    const ctx = await setup();
    await updateEntity({ actor: ctx.members.editor!, input: { entityId: ctx.koursk.id, name: "Kursk" } });
    const row = await db().entity.findUniqueOrThrow({ where: { id: ctx.koursk.id } });
    expect(row.name).toBe("Kursk");
    expect(await aliasesOf(ctx.koursk.id)).toEqual({ Koursk: "confirmed", Курск: "confirmed" });
    const former = await db().entityAlias.findFirstOrThrow({ where: { entityId: ctx.koursk.id, alias: "Koursk" } });
    expect(decodeReason(former.reason)).toEqual({ kind: "renamed" });
    expect(row.keys).toEqual(["kursk"]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, action: "entity.update" } });
    expect(event.before).toEqual({ name: "Koursk" });
    expect(event.after).toEqual({ name: "Kursk" });
    // A no-op writes nothing.
    await updateEntity({ actor: ctx.members.editor!, input: { entityId: ctx.koursk.id, name: "Kursk", type: "place" } });
    expect((await auditActions(ctx.workspace.id)).filter((a) => a === "entity.update")).toHaveLength(1);
    // Renaming onto another entity's key is a conflict.
    const e = await failure(updateEntity({ actor: ctx.members.editor!, input: { entityId: ctx.koursk.id, name: "Sudzha" } }));
    expect(e.code).toBe("conflict");
  });

  it("confirming adds the alias's key, rejecting removes it and unlinks claims that only mention that spelling", async () => {
    const ctx = await setup();
    const editor = ctx.members.editor!;
    const gera = await resolve(ctx.workspace.id, editor.userId, [{ text: "Guerasimov", type: "person" }]);
    const person = gera[0]!.entity;
    const added = await addAlias({ actor: editor, input: { entityId: person.id, alias: "Valeri Guérassimov", language: "fr" } });
    expect(added.status).toBe("confirmed");
    expect((await db().entity.findUniqueOrThrow({ where: { id: person.id } })).keys).toEqual(["gerasimov", "valeri gerasimov"]);
    await rejectAlias({ actor: editor, input: { aliasId: added.id } });
    expect((await db().entity.findUniqueOrThrow({ where: { id: person.id } })).keys).toEqual(["gerasimov"]);
    await confirmAlias({ actor: editor, input: { aliasId: added.id } });
    expect((await db().entity.findUniqueOrThrow({ where: { id: person.id } })).keys).toEqual(["gerasimov", "valeri gerasimov"]);

    // Kursk rejected for Koursk: the claim saying only "Kursk" is unlinked, the one saying "Koursk" stays.
    const result = await rejectAlias({ actor: editor, input: { aliasId: ctx.kurskAlias.id } });
    expect(result.claimsUnlinked).toBe(1);
    expect(await linksOf(ctx.koursk.id)).toEqual([ctx.claims[0].id]);
    // Deciding again changes nothing and writes nothing.
    const before = await auditActions(ctx.workspace.id);
    await rejectAlias({ actor: editor, input: { aliasId: ctx.kurskAlias.id } });
    expect(await auditActions(ctx.workspace.id)).toEqual(before);
  });

  it("an alias spelled like the name is refused; adding a proposed spelling confirms it", async () => {
    const ctx = await setup();
    const editor = ctx.members.editor!;
    const e = await failure(addAlias({ actor: editor, input: { entityId: ctx.koursk.id, alias: "KOURSK" } }));
    expect(e.code).toBe("validation");
    expect(e.fieldErrors).toEqual({ alias: ["entityAliasIsName"] });
    const added = await addAlias({ actor: editor, input: { entityId: ctx.koursk.id, alias: "Kursk" } });
    expect(added.id).toBe(ctx.kurskAlias.id);
    expect(added.status).toBe("confirmed");
  });

  it("merge moves aliases, keys and claim links; the same spelling collapses to the stronger decision", async () => {
    const ctx = await setup();
    const editor = ctx.members.editor!;
    // Both know "Sudja": proposed on Koursk (absurd but possible), confirmed on Soudja.
    await db().entityAlias.create({ data: { entityId: ctx.koursk.id, alias: "Sudja", status: "proposed" } });
    await db().entityAlias.create({ data: { entityId: ctx.soudja.id, alias: "Sudja", status: "confirmed" } });
    await db().entityAlias.create({ data: { entityId: ctx.soudja.id, alias: "Soujda", status: "rejected" } });
    // A claim linked to both keeps one link.
    await link(ctx.claims[0].id, ctx.soudja.id);

    const result = await mergeEntities({ actor: editor, input: { keepId: ctx.koursk.id, mergeId: ctx.soudja.id } });
    expect(result).toMatchObject({ kept: { id: ctx.koursk.id, name: "Koursk" }, claimsMoved: 1, aliasesMoved: 2 });
    expect(await aliasesOf(ctx.koursk.id)).toEqual({ Kursk: "proposed", Курск: "confirmed", Soudja: "confirmed", Sudja: "confirmed", Soujda: "rejected" });
    expect(await db().entityAlias.count({ where: { entity: { workspaceId: ctx.workspace.id } } })).toBe(5);
    expect(await linksOf(ctx.koursk.id)).toEqual([...ctx.claims.map((c) => c.id)].sort());
    const kept = await db().entity.findUniqueOrThrow({ where: { id: ctx.koursk.id } });
    expect(kept.keys).toEqual(["kursk", "suj"]);
    await expect(mergeEntities({ actor: editor, input: { keepId: ctx.koursk.id, mergeId: ctx.koursk.id } })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("split moves the chosen aliases and the claims that mention only them; claims mentioning both are shared", async () => {
    const ctx = await setup();
    const editor = ctx.members.editor!;
    const article = await createArticle(ctx.workspace.id);
    const both = await createClaim(ctx.workspace.id, article.id, "de Koursk à Kursk", "Les deux orthographes");
    const byHand = await createClaim(ctx.workspace.id, article.id, "la région frontalière");
    await link(both.id, ctx.koursk.id);
    await link(byHand.id, ctx.koursk.id);

    const result = await splitEntity({ actor: editor, input: { entityId: ctx.koursk.id, aliasIds: [ctx.kurskAlias.id], type: "organisation" } });
    expect(result).toMatchObject({ created: { name: "Kursk", type: "organisation" }, aliasesMoved: 1, claimsMoved: 1, claimsShared: 1 });
    const created = result.created.id;
    expect(await aliasesOf(created)).toEqual({});
    expect(await aliasesOf(ctx.koursk.id)).toEqual({ Курск: "confirmed" });
    expect(await linksOf(created)).toEqual([ctx.claims[1].id, both.id].sort());
    expect(await linksOf(ctx.koursk.id)).toEqual([ctx.claims[0].id, both.id, byHand.id].sort());
    expect((await db().entity.findUniqueOrThrow({ where: { id: created } })).keys).toEqual(["kursk"]);

    // Split under another name keeps the moved spelling as a confirmed alias.
    const again = await splitEntity({ actor: editor, input: { entityId: ctx.koursk.id, aliasIds: [ctx.cyrAlias.id], name: "Kursk (ru)" } });
    expect(await aliasesOf(again.created.id)).toEqual({ Курск: "confirmed" });
    // Nothing to split off, a foreign alias, or the entity's own name are refused.
    await expect(splitEntity({ actor: editor, input: { entityId: ctx.koursk.id, aliasIds: [] } })).rejects.toThrow();
    const foreign = await db().entityAlias.create({ data: { entityId: ctx.soudja.id, alias: "Sudzha", status: "confirmed" } });
    expect((await failure(splitEntity({ actor: editor, input: { entityId: ctx.koursk.id, aliasIds: [foreign.id] } }))).code).toBe("not_found");
    const proposal = await db().entityAlias.create({ data: { entityId: ctx.koursk.id, alias: "KOURSK", status: "proposed" } });
    expect((await failure(splitEntity({ actor: editor, input: { entityId: ctx.koursk.id, aliasIds: [proposal.id] } }))).code).toBe("validation");
  });

  it("link and unlink are idempotent; a claim of another workspace is not found", async () => {
    const ctx = await setup();
    const editor = ctx.members.editor!;
    expect(await linkClaim({ actor: editor, input: { entityId: ctx.koursk.id, claimId: ctx.claims[0].id } })).toEqual({ linked: false });
    expect(await unlinkClaim({ actor: editor, input: { entityId: ctx.soudja.id, claimId: ctx.claims[0].id } })).toEqual({ unlinked: false });
    expect(await auditActions(ctx.workspace.id)).toEqual(ctx.audit);
    const other = await setup();
    expect((await failure(linkClaim({ actor: editor, input: { entityId: ctx.koursk.id, claimId: other.claims[0].id } }))).code).toBe("not_found");
  });

  it("deleting an entity keeps its claims", async () => {
    const ctx = await setup();
    await deleteEntity({ actor: ctx.members.editor!, input: { entityId: ctx.koursk.id } });
    expect(await db().claim.count({ where: { workspaceId: ctx.workspace.id } })).toBe(3);
    expect(await db().entityAlias.count({ where: { entityId: ctx.koursk.id } })).toBe(0);
  });
});
