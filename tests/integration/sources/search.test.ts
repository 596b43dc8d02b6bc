import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { createSource } from "@/lib/sources/mutations";
import { searchSources } from "@/lib/sources/queries";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a failure");
}

describe("searchSources", () => {
  it("finds a source ignoring accents, case and through its aliases", async () => {
    const { members } = await createWorkspaceWithMembers(["editor", "viewer"]);
    const editor = members.editor!;
    const viewer = members.viewer!;
    const gerasimov = await createSource({
      actor: editor,
      input: { name: "Valeri Guérassimov", kind: "person", description: "Chef d’état-major des armées russes", aliases: ["Gerasimov", "Valery Gerasimov"] },
    });
    await createSource({ actor: editor, input: { name: "Ministère de la Défense russe", kind: "government", aliases: ["MoD russe"] } });
    await createSource({ actor: editor, input: { name: "Le Monde", kind: "outlet" } });

    const names = async (q: string) => (await searchSources({ actor: viewer, input: { q } })).map((s) => s.name);
    expect(await names("Guerassimov")).toEqual(["Valeri Guérassimov"]);
    expect(await names("GUÉRASSIMOV")).toEqual(["Valeri Guérassimov"]);
    expect(await names("gerasimov")).toEqual(["Valeri Guérassimov"]);
    expect(await names("guer")).toEqual(["Valeri Guérassimov"]);
    // Combining accent (e + U+0301) and a typo both still match.
    expect(await names("Gue\u0301rassimov")).toEqual(["Valeri Guérassimov"]);
    expect(await names("Guerasimov")).toContain("Valeri Guérassimov");
    expect(await names("ministere")).toEqual(["Ministère de la Défense russe"]);
    expect(await names("mod")).toEqual(["Ministère de la Défense russe"]);
    expect(await names("zzzz")).toEqual([]);
    // LIKE wildcards in the query are literal.
    expect(await names("%")).toEqual([]);

    const [hit] = await searchSources({ actor: viewer, input: { q: "Gerasimov" } });
    expect(hit).toEqual({ id: gerasimov.id, name: "Valeri Guérassimov", kind: "person", description: "Chef d’état-major des armées russes", reliability: "unknown" });
  });

  it("ranks exact names and prefixes before substrings, filters by kind and limits", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    await createSource({ actor: editor, input: { name: "Agence France-Presse", kind: "agency", aliases: ["AFP"] } });
    await createSource({ actor: editor, input: { name: "Franceinfo", kind: "outlet" } });
    await createSource({ actor: editor, input: { name: "France", kind: "government" } });
    const names = async (q: string, kinds?: ("outlet" | "agency" | "government")[], limit?: number) =>
      (await searchSources({ actor: editor, input: { q, kinds, limit } })).map((s) => s.name);
    expect((await names("france"))[0]).toBe("France");
    expect(await names("france")).toHaveLength(3);
    expect(await names("france", ["outlet"])).toEqual(["Franceinfo"]);
    expect(await names("france", undefined, 1)).toEqual(["France"]);
    expect(await names("afp")).toEqual(["Agence France-Presse"]);
  });

  it("with an empty query lists the workspace's sources, most recently edited first, never another workspace's", async () => {
    const a = await createWorkspaceWithMembers(["editor"]);
    const b = await createWorkspaceWithMembers(["editor"]);
    await createSource({ actor: a.members.editor!, input: { name: "Emmanuel Macron", kind: "person" } });
    await createSource({ actor: a.members.editor!, input: { name: "Élysée", kind: "government" } });
    await createSource({ actor: b.members.editor!, input: { name: "Emmanuel Macron", kind: "person" } });
    const listed = await searchSources({ actor: a.members.editor!, input: { q: "" } });
    expect(listed.map((s) => s.name)).toEqual(["Élysée", "Emmanuel Macron"]);
    expect(await searchSources({ actor: b.members.editor!, input: { q: "elysee" } })).toEqual([]);
  });
});

describe("createSource", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "ok"],
    ["viewer", "forbidden"],
  ] as const)("%s → %s, audited", async (role, expected) => {
    const { workspace, members } = await createWorkspaceWithMembers(["owner", "admin", "editor", "viewer"]);
    const run = createSource({ actor: members[role]!, input: { name: "Volodymyr Zelensky", kind: "person", country: "ua" }, requestId: "req-1" });
    if (expected === "ok") {
      const ref = await run;
      expect(ref).toMatchObject({ name: "Volodymyr Zelensky", kind: "person", reliability: "unknown" });
      expect(await auditActions(workspace.id)).toEqual(["source.create"]);
    } else {
      expect((await failure(run)).code).toBe("forbidden");
      expect(await auditActions(workspace.id)).toEqual([]);
    }
  });

  it("refuses a near-duplicate name or an existing alias, and says which source it is", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    const first = await createSource({ actor: editor, input: { name: "Valeri Guérassimov", kind: "person", aliases: ["Gerasimov"] } });
    for (const name of ["valeri guerassimov", "VALERI  GUÉRASSIMOV", "Gérasimov"]) {
      const e = await failure(createSource({ actor: editor, input: { name, kind: "person" } }));
      expect(e.code).toBe("conflict");
      expect(e.userMessage).toBe("sourceExists");
      expect((e.details as { existing: { id: string } }).existing.id).toBe(first.id);
    }
  });

  it("normalises the input: NFC, folded spaces, country upper-case, aliases de-duplicated", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    const ref = await createSource({
      actor: members.editor!,
      input: { name: "  Ministe\u0300re\u00a0de l’Intérieur ", kind: "government", country: "fr", aliases: ["Beauvau", "beauvau", "", "Ministère de l’Intérieur"] },
    });
    expect(ref.name).toBe("Ministère de l’Intérieur");
    const { db } = await import("@/lib/db");
    const row = await db().source.findUniqueOrThrow({ where: { id: ref.id } });
    expect(row.country).toBe("FR");
    expect(row.aliases).toEqual(["Beauvau"]);
  });

  it("rejects invalid input with translation keys", async () => {
    const { members } = await createWorkspaceWithMembers(["editor"]);
    await expect(createSource({ actor: members.editor!, input: { name: " ", kind: "person" } })).rejects.toThrow(/sourceNameRequired/);
    await expect(createSource({ actor: members.editor!, input: { name: "X", kind: "alien" as "person" } })).rejects.toThrow(/sourceKindInvalid/);
    await expect(createSource({ actor: members.editor!, input: { name: "X", kind: "person", url: "javascript:alert(1)" } })).rejects.toThrow(/sourceUrlInvalid/);
    await expect(createSource({ actor: members.editor!, input: { name: "X", kind: "person", country: "FRA" } })).rejects.toThrow(/countryInvalid/);
  });
});
