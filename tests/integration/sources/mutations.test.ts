import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createSource, deleteSource, mergeSources, setReliability, updateSource } from "@/lib/sources/mutations";
import { getSource } from "@/lib/sources/queries";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";
import { createArticle, createClaim } from "./helpers";

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as AppError).code ?? String(e);
  }
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a failure");
}

const ROLES: Role[] = ["owner", "admin", "editor", "viewer"];

/** A workspace with a source made by its editor, and the audit log cleared of that creation. */
async function setup() {
  const ws = await createWorkspaceWithMembers(ROLES);
  const source = await createSource({
    actor: ws.members.editor!,
    input: { name: "Valeri Guérassimov", kind: "person", description: "Chef d’état-major", aliases: ["Gerasimov"] },
  });
  return { ...ws, source };
}

describe("updateSource", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "ok"],
    ["viewer", "forbidden"],
  ] as const)("%s → %s", async (role, expected) => {
    const { workspace, members, source } = await setup();
    const result = await outcome(
      updateSource({ actor: members[role]!, input: { sourceId: source.id, aliases: ["Gerasimov", "Valery Gerasimov"], country: "RU" }, requestId: "r" }),
    );
    expect(result).toBe(expected);
    const row = await db().source.findUniqueOrThrow({ where: { id: source.id } });
    expect(row.aliases).toEqual(expected === "ok" ? ["Gerasimov", "Valery Gerasimov"] : ["Gerasimov"]);
    expect(row.country).toBe(expected === "ok" ? "RU" : null);
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["source.create", "source.update"] : ["source.create"]);
  });

  it("records only what changed; clears optional fields with null or an empty string; a no-op writes nothing", async () => {
    const { workspace, members, source } = await setup();
    const editor = members.editor!;
    await updateSource({ actor: editor, input: { sourceId: source.id, description: "", url: "https://mil.ru/" } });
    const event = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "source.update" } });
    expect(event.before).toEqual({ description: "Chef d’état-major", url: null });
    expect(event.after).toEqual({ description: null, url: "https://mil.ru/" });
    await updateSource({ actor: editor, input: { sourceId: source.id, name: "Valeri Guérassimov", kind: "person" } });
    expect(await auditActions(workspace.id)).toEqual(["source.create", "source.update"]);
  });

  it("refuses a name another source already uses (as name or alias), but allows re-casing its own", async () => {
    const { members, source } = await setup();
    const editor = members.editor!;
    const other = await createSource({ actor: editor, input: { name: "Sergueï Choïgou", kind: "person", aliases: ["Shoigu"] } });
    const e = await failure(updateSource({ actor: editor, input: { sourceId: source.id, name: "shoigu" } }));
    expect(e.code).toBe("conflict");
    expect((e.details as { existing: { id: string } }).existing.id).toBe(other.id);
    const renamed = await updateSource({ actor: editor, input: { sourceId: source.id, name: "VALERI GUERASSIMOV" } });
    expect(renamed.name).toBe("VALERI GUERASSIMOV");
    // Renaming to its own alias drops that alias.
    await updateSource({ actor: editor, input: { sourceId: source.id, name: "Gerasimov" } });
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).aliases).toEqual([]);
  });

  it("another workspace's source is not found", async () => {
    const { source } = await setup();
    const other = await createWorkspaceWithMembers(["admin"]);
    expect(await outcome(updateSource({ actor: other.members.admin!, input: { sourceId: source.id, name: "Piraté" } }))).toBe("not_found");
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).name).toBe("Valeri Guérassimov");
  });
});

describe("setReliability", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s → %s", async (role, expected) => {
    const { workspace, members, source } = await setup();
    const actor = members[role]!;
    expect(await outcome(setReliability({ actor, input: { sourceId: source.id, rating: "unreliable", note: "Chiffres démentis à 3 reprises" } }))).toBe(expected);
    const row = await db().source.findUniqueOrThrow({ where: { id: source.id }, include: { reliabilityHistory: true } });
    if (expected === "ok") {
      expect(row.reliability).toBe("unreliable");
      expect(row.reliabilityNote).toBe("Chiffres démentis à 3 reprises");
      expect(row.reliabilityHistory).toMatchObject([{ from: "unknown", to: "unreliable", note: "Chiffres démentis à 3 reprises", actorId: actor.userId }]);
      expect(await auditActions(workspace.id)).toEqual(["source.create", "source.reliability"]);
    } else {
      expect(row.reliability).toBe("unknown");
      expect(row.reliabilityHistory).toEqual([]);
      expect(await auditActions(workspace.id)).toEqual(["source.create"]);
    }
  });

  it("keeps every change in the history, newest first, with who made it", async () => {
    const { members, source } = await setup();
    await setReliability({ actor: members.admin!, input: { sourceId: source.id, rating: "mixed", note: "" } });
    await setReliability({ actor: members.owner!, input: { sourceId: source.id, rating: "unreliable", note: "Démenti par l’ISW" } });
    // Same rating and note: nothing to record.
    await setReliability({ actor: members.owner!, input: { sourceId: source.id, rating: "unreliable", note: "Démenti par l’ISW" } });
    const detail = await getSource({ actor: members.viewer!, sourceId: source.id });
    expect(detail?.reliability).toBe("unreliable");
    expect(detail?.history.map((h) => [h.from, h.to, h.note, h.actor?.id])).toEqual([
      ["mixed", "unreliable", "Démenti par l’ISW", members.owner!.userId],
      ["unknown", "mixed", null, members.admin!.userId],
    ]);
  });

  it("another workspace's source is not found; a bad rating is a validation error", async () => {
    const { source, members } = await setup();
    const other = await createWorkspaceWithMembers(["admin"]);
    expect(await outcome(setReliability({ actor: other.members.admin!, input: { sourceId: source.id, rating: "reliable" } }))).toBe("not_found");
    await expect(setReliability({ actor: members.admin!, input: { sourceId: source.id, rating: "great" as "reliable" } })).rejects.toThrow(/reliabilityInvalid/);
  });
});

describe("mergeSources", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s → %s", async (role, expected) => {
    const { workspace, members, source } = await setup();
    const dup = await createSource({ actor: members.editor!, input: { name: "Valery Gerasimov", kind: "person" } });
    expect(await outcome(mergeSources({ actor: members[role]!, input: { keepId: source.id, mergeId: dup.id } }))).toBe(expected);
    expect(await db().source.count({ where: { id: dup.id } })).toBe(expected === "ok" ? 0 : 1);
    expect((await auditActions(workspace.id)).includes("source.merge")).toBe(expected === "ok");
  });

  it("moves speakers (one entry per claim, at the earlier position), history and names, then deletes the merged source", async () => {
    const { workspace, members, source: keep } = await setup();
    const admin = members.admin!;
    const editor = members.editor!;
    const merge = await createSource({
      actor: editor,
      input: { name: "Valéri Guérassimov (chef d’état-major)", kind: "person", url: "https://fr.wikipedia.org/wiki/Valeri_Guerassimov", country: "RU", aliases: ["gerasimov", "В. Герасимов"] },
    });
    const other = await createSource({ actor: editor, input: { name: "Vladimir Poutine", kind: "person" } });
    await setReliability({ actor: admin, input: { sourceId: merge.id, rating: "unreliable", note: "Bilans gonflés" } });
    const article = await createArticle(workspace.id, { outlet: "Le Monde" });
    // c1: merged only; c2: both (merged first); c3: kept only, with another speaker.
    const c1 = await createClaim(workspace.id, article.id, [merge.id]);
    const c2 = await createClaim(workspace.id, article.id, [merge.id, other.id, keep.id]);
    const c3 = await createClaim(workspace.id, article.id, [other.id, keep.id]);

    const result = await mergeSources({ actor: admin, input: { keepId: keep.id, mergeId: merge.id }, requestId: "req-merge" });
    expect(result.claimsMoved).toBe(2);
    expect(result.kept).toMatchObject({ id: keep.id, name: "Valeri Guérassimov", reliability: "unknown" });

    const speakers = async (claimId: string) =>
      (await db().claimSpeaker.findMany({ where: { claimId }, orderBy: [{ position: "asc" }, { sourceId: "asc" }] })).map((s) => [s.sourceId, s.position]);
    expect(await speakers(c1.id)).toEqual([[keep.id, 0]]);
    expect(await speakers(c2.id)).toEqual([
      [keep.id, 0],
      [other.id, 1],
    ]);
    expect(await speakers(c3.id)).toEqual([
      [other.id, 0],
      [keep.id, 1],
    ]);
    // The claims whose speakers changed moved to a new version; the untouched one did not.
    const versions = await db().claim.findMany({ where: { id: { in: [c1.id, c2.id, c3.id] } }, select: { id: true, version: true } });
    expect(Object.fromEntries(versions.map((v) => [v.id, v.version]))).toEqual({ [c1.id]: 2, [c2.id]: 2, [c3.id]: 1 });

    const kept = await db().source.findUniqueOrThrow({ where: { id: keep.id }, include: { reliabilityHistory: true } });
    expect(kept.aliases).toEqual(["Gerasimov", "Valéri Guérassimov (chef d’état-major)", "В. Герасимов"]);
    expect(kept.description).toBe("Chef d’état-major");
    expect(kept.url).toBe("https://fr.wikipedia.org/wiki/Valeri_Guerassimov");
    expect(kept.country).toBe("RU");
    expect(kept.reliabilityHistory).toMatchObject([{ from: "unknown", to: "unreliable", note: "Bilans gonflés" }]);
    expect(await db().source.count({ where: { id: merge.id } })).toBe(0);

    const event = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "source.merge" } });
    expect(event).toMatchObject({ actorId: admin.userId, targetId: keep.id, requestId: "req-merge" });
    expect(event.before).toMatchObject({ merged: { id: merge.id, name: merge.name, reliability: "unreliable" } });
  });

  it("refuses merging a source into itself, and another workspace's sources are not found", async () => {
    const { members, source } = await setup();
    const self = await failure(mergeSources({ actor: members.admin!, input: { keepId: source.id, mergeId: source.id } }));
    expect(self.code).toBe("bad_request");
    expect(self.userMessage).toBe("sourceMergeSelf");

    const other = await createWorkspaceWithMembers(["admin", "editor"]);
    const foreign = await createSource({ actor: other.members.editor!, input: { name: "Gerasimov", kind: "person" } });
    expect(await outcome(mergeSources({ actor: members.admin!, input: { keepId: source.id, mergeId: foreign.id } }))).toBe("not_found");
    expect(await outcome(mergeSources({ actor: members.admin!, input: { keepId: foreign.id, mergeId: source.id } }))).toBe("not_found");
    expect(await outcome(mergeSources({ actor: other.members.admin!, input: { keepId: foreign.id, mergeId: source.id } }))).toBe("not_found");
    expect(await db().source.count({ where: { id: { in: [source.id, foreign.id] } } })).toBe(2);
  });
});

describe("deleteSource", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "ok"],
    ["viewer", "forbidden"],
  ] as const)("%s deleting an unused source → %s", async (role, expected) => {
    const { workspace, members, source } = await setup();
    expect(await outcome(deleteSource({ actor: members[role]!, input: { sourceId: source.id }, requestId: "r" }))).toBe(expected);
    expect(await db().source.count({ where: { id: source.id } })).toBe(expected === "ok" ? 0 : 1);
    expect(await auditActions(workspace.id)).toEqual(expected === "ok" ? ["source.create", "source.delete"] : ["source.create"]);
  });

  it("refuses deleting a source that speaks in a claim, saying how many", async () => {
    const { workspace, members, source } = await setup();
    const article = await createArticle(workspace.id, {});
    await createClaim(workspace.id, article.id, [source.id]);
    const e = await failure(deleteSource({ actor: members.owner!, input: { sourceId: source.id } }));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toBe("sourceInUse");
    expect(e.values).toEqual({ count: 1 });
    expect(await db().source.count({ where: { id: source.id } })).toBe(1);
  });

  it("another workspace's source is not found", async () => {
    const { source } = await setup();
    const other = await createWorkspaceWithMembers(["owner"]);
    expect(await outcome(deleteSource({ actor: other.members.owner!, input: { sourceId: source.id } }))).toBe("not_found");
  });
});
