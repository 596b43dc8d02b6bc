// The registry's reads: alias- and transliteration-aware search, the proposed-aliases queue,
// the detail page's data, expandAliases for other features, and workspace isolation of each.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmAlias, rejectAlias } from "@/lib/entities/mutations";
import { expandAliases, getEntity, getProposedAliases, listEntities, searchEntities, searchLinkableClaims, spellingsOf } from "@/lib/entities/queries";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { createArticle, createClaim, link, resolve } from "./helpers";

async function setup() {
  const { workspace, members } = await createWorkspaceWithMembers(["owner", "editor", "viewer"]);
  const editor = members.editor!;
  const r = await resolve(workspace.id, editor.userId, [
    { text: "Koursk", type: "place" },
    { text: "Kursk", type: "place" },
    { text: "Soudja", type: "place" },
    { text: "Sudzha", type: "place" },
    { text: "Valeri Guérassimov", type: "person" },
    { text: "Valery Gerasimov", type: "person" },
    { text: "ministère de la Défense", type: "organisation" },
    { text: "Belgorod", type: "place" },
  ]);
  const [koursk, kursk, soudja, sudzha, gerassimov, , mod] = r;
  const article = await createArticle(workspace.id, "Koursk : l’armée russe revendique la reprise de 86 % du territoire");
  const c1 = await createClaim(workspace.id, article.id, "plus de 86 % du territoire de l’oblast de Koursk", "La Russie dit avoir repris 86 % de la zone de Koursk");
  const c2 = await createClaim(workspace.id, article.id, "Soudja est repassée sous contrôle russe");
  const c3 = await createClaim(workspace.id, article.id, "selon Valeri Guérassimov, la ville de Kursk est dégagée");
  await link(c1.id, koursk!.entity.id);
  await link(c2.id, soudja!.entity.id);
  return {
    workspace,
    members,
    koursk: koursk!.entity,
    kurskAlias: kursk!.alias!,
    soudja: soudja!.entity,
    sudzhaAlias: sudzha!.alias!,
    gerassimov: gerassimov!.entity,
    mod: mod!.entity,
    article,
    claims: [c1, c2, c3] as const,
  };
}

describe("listEntities", () => {
  it("finds an entity by another spelling before anyone confirmed it: Kursk → Koursk, Sudzha → Soudja, Курск → Koursk", async () => {
    const ctx = await setup();
    const viewer = ctx.members.viewer!;
    const names = async (q: string) => (await listEntities({ actor: viewer, input: { q } })).rows.map((r) => r.name);
    expect(await names("Kursk")).toEqual(["Koursk"]);
    expect(await names("kurs")).toEqual(["Koursk"]);
    expect(await names("Курск")).toEqual(["Koursk"]);
    expect(await names("Sudzha")).toEqual(["Soudja"]);
    expect(await names("gerasimov")).toEqual(["Valeri Guérassimov"]);
    expect(await names("guerassimov")).toEqual(["Valeri Guérassimov"]);
    expect(await names("defense")).toEqual(["ministère de la Défense"]);
    expect(await names("Paris")).toEqual([]);
    // A literal % is not a wildcard.
    expect(await names("%")).toEqual([]);
  });

  it("lists A→Z ignoring accents, filters by type, counts claims and proposals, pages with a cursor", async () => {
    const ctx = await setup();
    const viewer = ctx.members.viewer!;
    const all = await listEntities({ actor: viewer, input: {} });
    expect(all.total).toBe(5);
    expect(all.rows.map((r) => r.name)).toEqual(["Belgorod", "Koursk", "ministère de la Défense", "Soudja", "Valeri Guérassimov"]);
    const koursk = all.rows.find((r) => r.id === ctx.koursk.id)!;
    expect(koursk).toMatchObject({ type: "place", claimCount: 1, proposedCount: 1, aliases: [] });
    const places = await listEntities({ actor: viewer, input: { type: "place" } });
    expect(places.rows.map((r) => r.name)).toEqual(["Belgorod", "Koursk", "Soudja"]);
    // Bad parameters fall back to defaults.
    expect((await listEntities({ actor: viewer, input: { type: "planet", pageSize: "x", cursor: "###" } })).total).toBe(5);

    for (let i = 0; i < 12; i++) await db().entity.create({ data: { workspaceId: ctx.workspace.id, type: "place", name: `Village ${String(i).padStart(2, "0")}`, keys: [`village ${i}`] } });
    const first = await listEntities({ actor: viewer, input: { pageSize: 10 } });
    expect(first.rows).toHaveLength(10);
    const second = await listEntities({ actor: viewer, input: { pageSize: 10, cursor: first.nextCursor } });
    expect(second.rows.map((r) => r.name)).toEqual(["Village 05", "Village 06", "Village 07", "Village 08", "Village 09", "Village 10", "Village 11"]);
    expect(second.nextCursor).toBeNull();
  });

  it("shows nothing of another workspace", async () => {
    const ctx = await setup();
    const other = await createWorkspaceWithMembers(["viewer"]);
    expect((await listEntities({ actor: other.members.viewer!, input: { q: "Koursk" } })).total).toBe(0);
    expect((await getProposedAliases({ actor: other.members.viewer! })).total).toBe(0);
    expect(await getEntity({ actor: other.members.viewer!, entityId: ctx.koursk.id, slug: "x" })).toBeNull();
    expect(await expandAliases({ actor: other.members.viewer!, q: "Kursk" })).toEqual([]);
    expect(await searchEntities({ actor: other.members.viewer!, input: { q: "Koursk" } })).toEqual([]);
    await expect(searchLinkableClaims({ actor: other.members.viewer!, input: { entityId: ctx.koursk.id, q: "" } })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getProposedAliases", () => {
  it("queues proposals with their entity and reason, surest first; decided ones leave the queue", async () => {
    const ctx = await setup();
    const queue = await getProposedAliases({ actor: ctx.members.viewer! });
    expect(queue.total).toBe(3);
    expect(queue.items.map((i) => [i.alias, i.entity.name])).toEqual(
      expect.arrayContaining([
        ["Kursk", "Koursk"],
        ["Sudzha", "Soudja"],
        ["Valery Gerasimov", "Valeri Guérassimov"],
      ]),
    );
    expect(queue.items.find((i) => i.alias === "Kursk")?.reason).toBe("folded: ou");
    await confirmAlias({ actor: ctx.members.editor!, input: { aliasId: ctx.kurskAlias.id } });
    await rejectAlias({ actor: ctx.members.editor!, input: { aliasId: ctx.sudzhaAlias.id } });
    expect((await getProposedAliases({ actor: ctx.members.viewer! })).items.map((i) => i.alias)).toEqual(["Valery Gerasimov"]);
  });
});

describe("getEntity", () => {
  it("has aliases by status with reasons and deciders, and the linked claims with their workbench link", async () => {
    const ctx = await setup();
    await confirmAlias({ actor: ctx.members.editor!, input: { aliasId: ctx.kurskAlias.id } });
    const detail = await getEntity({ actor: ctx.members.viewer!, entityId: ctx.koursk.id, slug: "desk" });
    expect(detail).toMatchObject({ name: "Koursk", type: "place", keys: ["kursk"], claimTotal: 1 });
    expect(detail!.aliases.confirmed).toEqual([
      expect.objectContaining({ alias: "Kursk", status: "confirmed", reason: "folded: ou", decidedBy: expect.objectContaining({ id: ctx.members.editor!.userId }) }),
    ]);
    expect(detail!.aliases.proposed).toEqual([]);
    expect(detail!.claims).toEqual([
      expect.objectContaining({
        id: ctx.claims[0].id,
        articleTitle: ctx.article.title,
        href: `/w/desk/articles/${ctx.article.id}?claim=${ctx.claims[0].id}`,
      }),
    ]);
    expect(await getEntity({ actor: ctx.members.viewer!, entityId: "not-a-uuid", slug: "desk" })).toBeNull();
  });
});

describe("searchEntities", () => {
  it("ranks the entity sharing the query's key first, then look-alikes; excludes an id; empty lists the most linked", async () => {
    const ctx = await setup();
    const viewer = ctx.members.viewer!;
    expect((await searchEntities({ actor: viewer, input: { q: "Kursk" } })).map((e) => e.name)).toEqual(["Koursk"]);
    expect((await searchEntities({ actor: viewer, input: { q: "Soujda" } })).map((e) => e.name)).toEqual(["Soudja"]);
    expect(await searchEntities({ actor: viewer, input: { q: "Koursk", excludeId: ctx.koursk.id } })).toEqual([]);
    const top = await searchEntities({ actor: viewer, input: { q: "", limit: 2 } });
    expect(top.map((e) => e.claimCount)).toEqual([1, 1]);
  });
});

describe("expandAliases", () => {
  it("gives the spellings of the entity a query names: the name and confirmed aliases only", async () => {
    const ctx = await setup();
    const viewer = ctx.members.viewer!;
    expect(await expandAliases({ actor: viewer, q: "Kursk" })).toEqual(["Koursk"]);
    await confirmAlias({ actor: ctx.members.editor!, input: { aliasId: ctx.kurskAlias.id } });
    await db().entityAlias.create({ data: { entityId: ctx.koursk.id, alias: "Курск", status: "confirmed" } });
    await db().entityAlias.create({ data: { entityId: ctx.koursk.id, alias: "Kurskk", status: "proposed" } });
    expect(await expandAliases({ actor: viewer, q: "koursk" })).toEqual(["Koursk", "Kursk", "Курск"]);
    expect(await expandAliases({ actor: viewer, q: "Курск" })).toEqual(["Koursk", "Kursk", "Курск"]);
    expect(await expandAliases({ actor: viewer, q: "Sudzha" })).toEqual(["Soudja"]);
    expect(await expandAliases({ actor: viewer, q: "Paris" })).toEqual([]);
    expect(await expandAliases({ actor: viewer, q: "  " })).toEqual([]);
    // A spelling rejected for an entity does not expand to it.
    await rejectAlias({ actor: ctx.members.editor!, input: { aliasId: ctx.sudzhaAlias.id } });
    expect(await expandAliases({ actor: viewer, q: "Sudzha" })).toEqual([]);
    expect(await db().$transaction((tx) => spellingsOf(tx, ctx.workspace.id, "Soudja"))).toEqual(["Soudja"]);
  });
});

describe("searchLinkableClaims", () => {
  it("offers unlinked claims that mention the entity's spellings, or that contain the query", async () => {
    const ctx = await setup();
    const viewer = ctx.members.viewer!;
    // c1 is linked already; c3 says "Kursk", a proposed spelling of Koursk.
    expect((await searchLinkableClaims({ actor: viewer, input: { entityId: ctx.koursk.id, q: "" } })).map((c) => c.id)).toEqual([ctx.claims[2].id]);
    expect((await searchLinkableClaims({ actor: viewer, input: { entityId: ctx.koursk.id, q: "controle russe" } })).map((c) => c.id)).toEqual([ctx.claims[1].id]);
  });
});
