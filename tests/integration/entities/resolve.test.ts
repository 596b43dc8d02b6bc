// Entity resolution against the real registry: known spellings find their entity, new spellings of
// a known name are proposed as aliases with the reason, unrelated names stay apart, a rejected
// spelling is not proposed again, and nothing crosses workspaces.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveMentions, type MentionInput } from "@/lib/entities/resolve";
import { decodeReason } from "@/lib/entities/reason";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

async function setup() {
  const { workspace, members } = await createWorkspaceWithMembers(["owner", "editor"]);
  return { workspace, editor: members.editor! };
}

function resolve(workspaceId: string, actorId: string, mentions: MentionInput[]) {
  return db().$transaction((tx) => resolveMentions(tx, { workspaceId, mentions, actorId, requestId: "test" }));
}

async function entitiesOf(workspaceId: string) {
  return db().entity.findMany({
    where: { workspaceId },
    include: { aliases: { orderBy: { createdAt: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
}

const place = (text: string): MentionInput => ({ text, type: "place" });
const person = (text: string): MentionInput => ({ text, type: "person" });

describe("resolveMentions", () => {
  it("Koursk then Kursk: one entity, Kursk proposed as its alias with the folding reason", async () => {
    const { workspace, editor } = await setup();
    const [first] = await resolve(workspace.id, editor.userId, [place("Koursk")]);
    expect(first).toMatchObject({ match: "created", alias: null, entity: { name: "Koursk", type: "place" } });

    const [second] = await resolve(workspace.id, editor.userId, [place("Kursk")]);
    expect(second?.entity.id).toBe(first!.entity.id);
    expect(second?.match).toBe("key");
    expect(second?.alias).toMatchObject({ alias: "Kursk", status: "proposed", score: 1 });
    expect(decodeReason(second!.alias!.reason)).toEqual({ kind: "folded", rules: ["ou"] });

    const rows = await entitiesOf(workspace.id);
    expect(rows).toHaveLength(1);
    // Proposed aliases do not add keys; the name's key already covers Kursk.
    expect(rows[0]!.keys).toEqual(["kursk"]);
    expect(rows[0]!.aliases.map((a) => [a.alias, a.status])).toEqual([["Kursk", "proposed"]]);

    // Again: same entity, nothing new recorded, no new audit event.
    const before = await auditActions(workspace.id);
    const [third] = await resolve(workspace.id, editor.userId, [place("Kursk")]);
    expect(third?.entity.id).toBe(first!.entity.id);
    expect(third?.alias?.status).toBe("proposed");
    expect(await auditActions(workspace.id)).toEqual(before);
  });

  it("Soudja, Sudzha and Soudjа with a Cyrillic а are one place", async () => {
    const { workspace, editor } = await setup();
    const results = await resolve(workspace.id, editor.userId, [place("Soudja"), place("Sudzha"), place("Soudj\u0430")]);
    const ids = new Set(results.map((r) => r?.entity.id));
    expect(ids.size).toBe(1);
    expect(results.map((r) => r?.match)).toEqual(["created", "key", "key"]);
    const [entity] = await entitiesOf(workspace.id);
    expect(entity!.name).toBe("Soudja");
    const reasons = Object.fromEntries(entity!.aliases.map((a) => [a.alias, decodeReason(a.reason)]));
    expect(reasons.Sudzha).toEqual({ kind: "folded", rules: expect.arrayContaining(["ou", "j"]) });
    expect(reasons["Soudj\u0430"]).toEqual({ kind: "folded", rules: ["cyrillic"] });
    expect(entity!.aliases.every((a) => a.status === "proposed")).toBe(true);
  });

  it("Guérassimov and Gerasimov; an accent-only variant is confirmed at once, a case variant not recorded", async () => {
    const { workspace, editor } = await setup();
    const [a, b, c, d] = await resolve(workspace.id, editor.userId, [
      person("Valeri Guérassimov"),
      person("Valeri Guerassimov"),
      person("VALERI GUÉRASSIMOV"),
      person("Valery Gerasimov"),
    ]);
    expect(new Set([a, b, c, d].map((r) => r?.entity.id)).size).toBe(1);
    expect(b?.alias).toMatchObject({ alias: "Valeri Guerassimov", status: "confirmed" });
    expect(c?.alias).toBeNull();
    expect(d?.alias?.status).toBe("proposed");
    expect(decodeReason(d!.alias!.reason)).toEqual({ kind: "folded", rules: expect.arrayContaining(["gu", "doubled", "y"]) });
    const [entity] = await entitiesOf(workspace.id);
    expect(entity!.aliases.map((x) => x.alias).sort()).toEqual(["Valeri Guerassimov", "Valery Gerasimov"]);
  });

  it("Zelensky and Zelenskyy share a key; a misspelling is proposed for similarity with its score", async () => {
    const { workspace, editor } = await setup();
    const [a, b] = await resolve(workspace.id, editor.userId, [person("Volodymyr Zelensky"), person("Volodymyr Zelenskyy")]);
    expect(b?.entity.id).toBe(a?.entity.id);
    expect(b?.match).toBe("key");

    const [c] = await resolve(workspace.id, editor.userId, [person("Volodimir Zelenskii")]);
    expect(c?.entity.id).toBe(a?.entity.id);
    const [d] = await resolve(workspace.id, editor.userId, [person("Volodymyr Zelenskiy")]);
    expect(d?.entity.id).toBe(a?.entity.id);

    const [e] = await resolve(workspace.id, editor.userId, [place("Soudja")]);
    const [f] = await resolve(workspace.id, editor.userId, [place("Soujda")]);
    expect(f?.entity.id).toBe(e?.entity.id);
    expect(f?.match).toBe("similar");
    expect(f?.alias?.status).toBe("proposed");
    expect(decodeReason(f!.alias!.reason)).toMatchObject({ kind: "similar" });
    expect(f!.alias!.score).toBeGreaterThanOrEqual(0.45);
    expect(f!.alias!.score).toBeLessThan(1);
  });

  it("a surname alone joins the person's full name as a proposed alias, not a place's", async () => {
    const { workspace, editor } = await setup();
    const [full] = await resolve(workspace.id, editor.userId, [person("Vladimir Poutine")]);
    const [surname] = await resolve(workspace.id, editor.userId, [person("Poutine")]);
    expect(surname?.entity.id).toBe(full?.entity.id);
    expect(decodeReason(surname!.alias!.reason)).toEqual({ kind: "partial", short: "Poutine", long: "Vladimir Poutine" });

    const [region] = await resolve(workspace.id, editor.userId, [place("oblast de Koursk")]);
    const [city] = await resolve(workspace.id, editor.userId, [place("Koursk")]);
    expect(city?.entity.id).not.toBe(region?.entity.id);
  });

  it("unrelated names stay separate: Paris/Parme, Russie/Biélorussie, two Vladimirs, air force/armed forces", async () => {
    const { workspace, editor } = await setup();
    const results = await resolve(workspace.id, editor.userId, [
      place("Paris"),
      place("Parme"),
      place("Russie"),
      place("Biélorussie"),
      person("Vladimir Poutine"),
      person("Vladimir Zelensky"),
      place("Ukraine"),
      { text: "forces armées ukrainiennes", type: "organisation" },
      { text: "forces aériennes ukrainiennes", type: "organisation" },
    ]);
    expect(results.map((r) => r?.match)).toEqual(Array(9).fill("created"));
    expect(await db().entityAlias.count({ where: { entity: { workspaceId: workspace.id } } })).toBe(0);
  });

  it("a rejected spelling is not proposed again and finds (or makes) another entity", async () => {
    const { workspace, editor } = await setup();
    const [koursk] = await resolve(workspace.id, editor.userId, [place("Koursk")]);
    const [kursk] = await resolve(workspace.id, editor.userId, [place("Kursk")]);
    await db().entityAlias.update({ where: { id: kursk!.alias!.id }, data: { status: "rejected" } });

    const [again] = await resolve(workspace.id, editor.userId, [place("KURSK")]);
    expect(again?.entity.id).not.toBe(koursk?.entity.id);
    expect(again?.match).toBe("created");
    // The new entity is found by its own spelling from now on, the old one by its own.
    const [next] = await resolve(workspace.id, editor.userId, [place("Kursk"), place("Koursk")]);
    expect(next?.entity.id).toBe(again?.entity.id);
    const [, old] = await resolve(workspace.id, editor.userId, [place("Kursk"), place("Koursk")]);
    expect(old?.entity.id).toBe(koursk?.entity.id);
  });

  it("prefers the entity spelled exactly so among those sharing the key, and the mention's type", async () => {
    const { workspace, editor } = await setup();
    const [asPlace] = await resolve(workspace.id, editor.userId, [place("Koursk")]);
    // Another type with the same key still finds it (the engine's type is a guess)…
    const [asOrg] = await resolve(workspace.id, editor.userId, [{ text: "Koursk", type: "organisation" }]);
    expect(asOrg?.entity.id).toBe(asPlace?.entity.id);
    expect(asOrg?.match).toBe("spelling");
  });

  it("repeats in one call cost one lookup and give one entity; empty mentions give null", async () => {
    const { workspace, editor } = await setup();
    const results = await resolve(workspace.id, editor.userId, [place("Belgorod"), place("  "), place("belgorod"), place("Belgorod")]);
    expect(results[1]).toBeNull();
    expect(new Set([results[0], results[2], results[3]].map((r) => r?.entity.id)).size).toBe(1);
    expect(await db().entity.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect(await auditActions(workspace.id)).toEqual(["entity.resolve"]);
  });

  it("never matches another workspace's entities", async () => {
    const a = await setup();
    const b = await setup();
    const [inA] = await resolve(a.workspace.id, a.editor.userId, [place("Koursk")]);
    const [inB] = await resolve(b.workspace.id, b.editor.userId, [place("Kursk")]);
    expect(inB?.match).toBe("created");
    expect(inB?.entity.id).not.toBe(inA?.entity.id);
  });
});
