import { describe, expect, it } from "vitest";

import { updateClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";

import { claimOn, createArticle } from "../../helpers/articles";
import { createWorkspaceWithMembers } from "../../helpers/factories";

const A = [
  "Offensive dans la région de Koursk",
  "",
  "Selon le ministère russe de la Défense, l’armée russe a repris plus de 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine, a déclaré Valéri Guérassimov mercredi.",
].join("\n");
// Another outlet, another transliteration of the same place and person.
const B = [
  "Région de Kursk : Moscou revendique",
  "",
  "Le chef d’état-major Valeri Gerasimov a déclaré mercredi que les forces russes avaient repris plus de 86\u00a0% du territoire de la région de Kursk pris par l’Ukraine.",
].join("\n");

describe("after a claim is written", () => {
  it("its named places and people are linked to the entity registry, and the same claim in another article is suggested", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["editor"]);
    const editor = members.editor!;
    const a = await createArticle(workspace.id, A);
    const b = await createArticle(workspace.id, B, "Région de Kursk");
    const first = await claimOn(editor, a.id, "l’armée russe a repris plus de 86\u00a0% du territoire de la région de Koursk conquis par l’Ukraine");
    await updateClaim({ actor: editor, input: { claimId: first.id, expectedVersion: first.version, patch: { statement: "La Russie dit avoir repris plus de 86 % du territoire de Koursk" } } });
    const second = await claimOn(editor, b.id, "les forces russes avaient repris plus de 86\u00a0% du territoire de la région de Kursk pris par l’Ukraine");

    const links = await db().claimEntity.findMany({ where: { claimId: { in: [first.id, second.id] } }, include: { entity: true } });
    const kursk = links.filter((l) => /k[o]?ursk/i.test(l.entity.name));
    expect(kursk.length).toBeGreaterThanOrEqual(2);
    // Koursk and Kursk resolve to one entity (the second spelling is its alias).
    expect(new Set(kursk.map((l) => l.entityId)).size).toBe(1);

    const relations = await db().claimRelation.findMany({ where: { OR: [{ fromClaimId: first.id }, { toClaimId: first.id }] } });
    expect(relations.map((r) => [r.type, r.status])).toContainEqual(["same_as", "suggested"]);
    const stored = await db().claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.matchText).not.toBe("");
    expect(stored.version).toBe(2);
  });
});
