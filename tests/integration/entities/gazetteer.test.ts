// Entity resolution with the gazetteer's alternate names of places (data/gazetteer/places.json):
// "Kiev" joins the entity "Kyiv" as a proposed alias whose reason names the place, the Russian-,
// Ukrainian-, French- and German-based spellings of other cities do likewise, and names the list
// does not give to one place stay apart — as do people, whatever their name.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmAlias, rejectAlias } from "@/lib/entities/mutations";
import { getProposedAliases } from "@/lib/entities/queries";
import { decodeReason } from "@/lib/entities/reason";
import type { MentionInput } from "@/lib/entities/resolve";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { resolve } from "./helpers";

const place = (text: string): MentionInput => ({ text, type: "place" });

async function setup() {
  const { workspace, members } = await createWorkspaceWithMembers(["owner", "editor"]);
  return { workspace, editor: members.editor! };
}

describe("resolveMentions with the gazetteer", () => {
  it("Kyiv then Kiev: one entity, Kiev proposed as its alias as a known alternate name of Kyiv", async () => {
    const { workspace, editor } = await setup();
    const [kyiv] = await resolve(workspace.id, editor.userId, [place("Kyiv")]);
    expect(kyiv).toMatchObject({ match: "created", entity: { name: "Kyiv", type: "place" } });

    const [kiev] = await resolve(workspace.id, editor.userId, [place("Kiev")]);
    expect(kiev?.entity.id).toBe(kyiv!.entity.id);
    expect(kiev?.match).toBe("gazetteer");
    expect(kiev?.alias).toMatchObject({ alias: "Kiev", status: "proposed", score: 1, reason: "gazetteer: Kyiv" });
    expect(decodeReason(kiev!.alias!.reason)).toEqual({ kind: "gazetteer", place: "Kyiv" });

    // The review queue shows it; a proposal adds no key until an editor confirms it.
    const queue = await getProposedAliases({ actor: editor });
    expect(queue.items.map((a) => [a.alias, a.entity.name, a.reason])).toEqual([["Kiev", "Kyiv", "gazetteer: Kyiv"]]);
    const before = await db().entity.findUniqueOrThrow({ where: { id: kyiv!.entity.id } });
    expect(before.keys).toEqual(["kiv"]);

    // Again: the same proposal, nothing new recorded.
    const [again] = await resolve(workspace.id, editor.userId, [place("Kiev")]);
    expect(again).toMatchObject({ match: "gazetteer", entity: { id: kyiv!.entity.id }, alias: { id: kiev!.alias!.id, status: "proposed" } });
    expect(await db().entityAlias.count({ where: { entityId: kyiv!.entity.id } })).toBe(1);

    // Confirmed, "Kiev" is a key of the entity: the next mention is found by key.
    await confirmAlias({ actor: editor, input: { aliasId: kiev!.alias!.id } });
    const [afterConfirm] = await resolve(workspace.id, editor.userId, [{ text: "Kiev", type: "organisation" }]);
    expect(afterConfirm).toMatchObject({ match: "spelling", entity: { id: kyiv!.entity.id } });
  });

  it("the other Russian/Ukrainian pairs and the French and German forms join their place the same way, either way round", async () => {
    const { workspace, editor } = await setup();
    const pairs: [string, string, string][] = [
      ["Kharkiv", "Kharkov", "Kharkiv"],
      ["Odessa", "Odesa", "Odesa"],
      ["Lviv", "Lvov", "Lviv"],
      ["Mykolaïv", "Nikolaev", "Mykolaiv"],
      ["Zaporijia", "Zaporizhzhia", "Zaporizhzhia"],
      ["Zaporizhzhia", "Zaporozhye", "Zaporizhzhia"],
      ["Dnipro", "Dniepr", "Dnipro"],
      ["Kiyv", "Kiew", "Kyiv"],
    ];
    for (const [first, second, placeName] of pairs) {
      const [a, b] = await resolve(workspace.id, editor.userId, [place(first), place(second)]);
      expect(b?.entity.id, `${second} → ${first}`).toBe(a!.entity.id);
      // Odessa/Odesa are one name once doubled letters fold: a key match, not the gazetteer's doing.
      if (b?.match === "gazetteer") expect(decodeReason(b.alias!.reason), `${second} → ${first}`).toEqual({ kind: "gazetteer", place: placeName });
      else expect(b?.match, `${second} → ${first}`).toMatch(/^(key|spelling)$/);
    }
    const names = (await db().entity.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" } })).map((e) => e.name);
    expect(names).toEqual(["Kharkiv", "Odessa", "Lviv", "Mykolaïv", "Zaporijia", "Dnipro", "Kiyv"]);
  });

  it("unrelated places stay apart: Kiev/Kherson, Lviv/Livny, Kyiv/Kyiv Oblast, Donetsk/Donbass", async () => {
    const { workspace, editor } = await setup();
    const results = await resolve(workspace.id, editor.userId, [place("Kiev"), place("Kherson"), place("Lviv"), place("Livny"), place("Kyiv Oblast"), place("Donetsk"), place("Donbass")]);
    expect(results.map((r) => r?.match)).toEqual(["created", "created", "created", "created", "created", "created", "created"]);
    expect(new Set(results.map((r) => r?.entity.id)).size).toBe(7);
    expect(await db().entityAlias.count({ where: { entity: { workspaceId: workspace.id } } })).toBe(0);
  });

  it("a person is never a place: the gazetteer is not consulted for people, nor are people proposed for places", async () => {
    const { workspace, editor } = await setup();
    const [orel] = await resolve(workspace.id, editor.userId, [{ text: "Orel", type: "person" }]);
    const [oryol] = await resolve(workspace.id, editor.userId, [place("Oryol")]);
    expect(oryol?.entity.id).not.toBe(orel!.entity.id);
    expect(oryol?.match).toBe("created");
    const [orelAgain] = await resolve(workspace.id, editor.userId, [{ text: "Orel", type: "person" }]);
    expect(orelAgain?.entity.id).toBe(orel!.entity.id);
  });

  it("a rejected alternate name is not proposed again for that entity", async () => {
    const { workspace, editor } = await setup();
    const [lviv] = await resolve(workspace.id, editor.userId, [place("Lviv")]);
    const [lemberg] = await resolve(workspace.id, editor.userId, [place("Lemberg")]);
    expect(lemberg).toMatchObject({ match: "gazetteer", entity: { id: lviv!.entity.id } });
    await rejectAlias({ actor: editor, input: { aliasId: lemberg!.alias!.id } });
    const [again] = await resolve(workspace.id, editor.userId, [place("Lemberg")]);
    expect(again?.entity.id).not.toBe(lviv!.entity.id);
    expect(again?.match).toBe("created");
  });
});
