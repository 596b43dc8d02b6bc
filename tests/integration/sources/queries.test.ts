import { describe, expect, it } from "vitest";
import { createSource, setReliability } from "@/lib/sources/mutations";
import { getSource, listSources } from "@/lib/sources/queries";
import { createWorkspaceWithMembers } from "../../helpers/factories";
import { createArticle, createClaim } from "./helpers";

describe("listSources", () => {
  it("lists A→Z ignoring accents, with claims made and carried (outlet by name or alias, accents and case ignored)", async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    const editor = members.editor!;
    const monde = await createSource({ actor: editor, input: { name: "Le Monde", kind: "outlet", aliases: ["LeMonde.fr"] } });
    const gerasimov = await createSource({ actor: editor, input: { name: "Valeri Guérassimov", kind: "person" } });
    const elysee = await createSource({ actor: editor, input: { name: "Élysée", kind: "government" } });
    const a1 = await createArticle(workspace.id, { outlet: "LE MONDE" });
    const a2 = await createArticle(workspace.id, { outlet: "lemonde.fr" });
    const a3 = await createArticle(workspace.id, { outlet: "Libération" });
    await createClaim(workspace.id, a1.id, [gerasimov.id]);
    await createClaim(workspace.id, a1.id, [gerasimov.id, elysee.id]);
    await createClaim(workspace.id, a2.id, []);
    await createClaim(workspace.id, a3.id, [gerasimov.id]);
    // Another workspace's article with the same outlet counts for nothing here.
    const other = await createWorkspaceWithMembers(["editor"]);
    const foreign = await createArticle(other.workspace.id, { outlet: "Le Monde" });
    await createClaim(other.workspace.id, foreign.id, []);

    const page = await listSources({ actor: members.viewer!, input: {} });
    expect(page.total).toBe(3);
    expect(page.nextCursor).toBeNull();
    expect(page.rows.map((r) => [r.name, r.claimsMade, r.claimsCarried])).toEqual([
      ["Élysée", 1, 0],
      ["Le Monde", 0, 3],
      ["Valeri Guérassimov", 3, 0],
    ]);
    expect(page.rows[1]).toMatchObject({ id: monde.id, kind: "outlet", aliases: ["LeMonde.fr"], reliability: "unknown" });
  });

  it("filters by name or alias (accents ignored), kind and reliability", async () => {
    const { members } = await createWorkspaceWithMembers(["admin", "editor"]);
    const editor = members.editor!;
    const g = await createSource({ actor: editor, input: { name: "Valeri Guérassimov", kind: "person", aliases: ["Gerasimov"] } });
    await createSource({ actor: editor, input: { name: "Ministère de la Défense (Russie)", kind: "government" } });
    await createSource({ actor: editor, input: { name: "Agence France-Presse", kind: "agency", aliases: ["AFP"] } });
    await setReliability({ actor: members.admin!, input: { sourceId: g.id, rating: "unreliable" } });
    const names = async (input: Record<string, unknown>) => (await listSources({ actor: editor, input })).rows.map((r) => r.name);
    expect(await names({ q: "guerassimov" })).toEqual(["Valeri Guérassimov"]);
    expect(await names({ q: "GERASIMOV" })).toEqual(["Valeri Guérassimov"]);
    expect(await names({ q: "défense" })).toEqual(["Ministère de la Défense (Russie)"]);
    expect(await names({ q: "(russie)" })).toEqual(["Ministère de la Défense (Russie)"]);
    expect(await names({ q: "afp", kind: "agency" })).toEqual(["Agence France-Presse"]);
    expect(await names({ q: "afp", kind: "person" })).toEqual([]);
    expect(await names({ reliability: "unreliable" })).toEqual(["Valeri Guérassimov"]);
    // Unknown values in the URL fall back to "no filter".
    expect(await names({ kind: "alien", reliability: "great" })).toHaveLength(3);
  });

  it("pages with a keyset cursor without skipping or repeating a source", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    const all = Array.from({ length: 23 }, (_, i) => `Source ${String.fromCharCode(65 + i)}${i % 2 ? "é" : "e"}`);
    for (const name of all) await createSource({ actor: editor, input: { name, kind: "organisation" } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listSources({ actor: editor, input: { cursor, pageSize: 10 } });
      expect(page.total).toBe(23);
      seen.push(...page.rows.map((r) => r.name));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
    // A mangled cursor starts again from the first page.
    expect((await listSources({ actor: editor, input: { cursor: "not-a-cursor", pageSize: 10 } })).rows[0]?.name).toBe(all[0]);
  });

  it("viewers may list; another workspace's sources never show", async () => {
    const a = await createWorkspaceWithMembers(["editor", "viewer"]);
    const b = await createWorkspaceWithMembers(["editor"]);
    await createSource({ actor: b.members.editor!, input: { name: "Kremlin", kind: "government" } });
    expect((await listSources({ actor: a.members.viewer!, input: {} })).rows).toEqual([]);
  });
});

describe("getSource", () => {
  it("returns the source with the claims it made and carried, and null for another workspace's id or a bad id", async () => {
    const { workspace, members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    const editor = members.editor!;
    const monde = await createSource({ actor: editor, input: { name: "Le Monde", kind: "outlet", aliases: ["Le Monde avec AFP"] } });
    const g = await createSource({ actor: editor, input: { name: "Valeri Guérassimov", kind: "person" } });
    const article = await createArticle(workspace.id, { outlet: "le monde avec afp", title: "Koursk : « plus de 86 % » du territoire repris, selon Moscou" });
    const claim = await createClaim(workspace.id, article.id, [g.id], "La Russie dit avoir repris plus de 86 % de la zone de Koursk");

    const speaker = await getSource({ actor: members.viewer!, sourceId: g.id });
    expect(speaker).toMatchObject({ name: "Valeri Guérassimov", madeTotal: 1, carriedTotal: 0, history: [] });
    expect(speaker?.made).toEqual([
      {
        id: claim.id,
        statement: "La Russie dit avoir repris plus de 86 % de la zone de Koursk",
        quote: "plus de 86 %",
        verdictId: claim.verdictId,
        articleId: article.id,
        articleTitle: "Koursk : « plus de 86 % » du territoire repris, selon Moscou",
        articleOutlet: "le monde avec afp",
        updatedAt: claim.updatedAt.toISOString(),
      },
    ]);
    const outlet = await getSource({ actor: members.viewer!, sourceId: monde.id });
    expect(outlet).toMatchObject({ madeTotal: 0, carriedTotal: 1, made: [] });
    expect(outlet?.carried.map((c) => c.id)).toEqual([claim.id]);

    const other = await createWorkspaceWithMembers(["owner"]);
    expect(await getSource({ actor: other.members.owner!, sourceId: g.id })).toBeNull();
    expect(await getSource({ actor: members.viewer!, sourceId: "not-a-uuid" })).toBeNull();
  });
});
