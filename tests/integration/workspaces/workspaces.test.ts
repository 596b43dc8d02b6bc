import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { findMembership, listWorkspacesForUser } from "@/lib/workspaces/queries";
import { createWorkspace, deleteWorkspace, updateWorkspace } from "@/lib/workspaces/mutations";
import { auditActions, createUser, createWorkspaceWithMembers } from "../../helpers/factories";

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: AppError) => e.code);

describe("workspaces", () => {
  it("creating one makes the creator its owner and audits it in the same transaction", async () => {
    const user = await createUser();
    const ws = await createWorkspace({ userId: user.id, input: { name: "Desk démo", slug: "desk-demo" }, requestId: "r1" });
    expect(await listWorkspacesForUser({ userId: user.id })).toEqual([{ id: ws.id, slug: "desk-demo", name: "Desk démo", role: "owner" }]);
    expect(await auditActions(ws.id)).toEqual(["workspace.create"]);
  });

  it("a taken slug is a conflict on the slug field and leaves nothing behind", async () => {
    const user = await createUser();
    await createWorkspace({ userId: user.id, input: { name: "One", slug: "same-slug" } });
    const before = await db().auditEvent.count();
    const e = (await createWorkspace({ userId: user.id, input: { name: "Two", slug: "Same-Slug" } }).catch((x) => x)) as AppError;
    expect(e.code).toBe("conflict");
    expect(e.fieldErrors).toEqual({ slug: ["slugTaken"] });
    expect(await db().workspace.count({ where: { name: "Two" } })).toBe(0);
    expect(await db().auditEvent.count()).toBe(before);
  });

  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s renaming → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    expect(await code(updateWorkspace({ actor: members[role]!, input: { name: "Renamed desk" } }))).toBe(expected);
    expect((await db().workspace.findUniqueOrThrow({ where: { id: workspace.id } })).name).toBe(expected === "ok" ? "Renamed desk" : workspace.name);
  });

  it.each([
    ["owner", "ok"],
    ["admin", "forbidden"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s deleting → %s", async (role, expected) => {
    const { members, workspace } = await createWorkspaceWithMembers();
    expect(await code(deleteWorkspace({ actor: members[role]!, input: { confirmSlug: workspace.slug } }))).toBe(expected);
    expect(await db().workspace.count({ where: { id: workspace.id } })).toBe(expected === "ok" ? 0 : 1);
  });

  it("deleting needs the exact slug, and the audit trail survives the workspace", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    expect(await code(deleteWorkspace({ actor: members.owner!, input: { confirmSlug: "wrong" } }))).toBe("validation");
    await deleteWorkspace({ actor: members.owner!, input: { confirmSlug: workspace.slug } });
    expect(await db().membership.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await auditActions(workspace.id)).toContain("workspace.delete");
  });

  it("membership lookup: a stranger, a malformed slug and a missing workspace all look the same", async () => {
    const { workspace } = await createWorkspaceWithMembers(["owner"]);
    const stranger = await createUser();
    expect(await findMembership({ userId: stranger.id, slug: workspace.slug })).toBeNull();
    expect(await findMembership({ userId: stranger.id, slug: "does-not-exist" })).toBeNull();
    expect(await findMembership({ userId: stranger.id, slug: "../../etc" })).toBeNull();
    expect(await findMembership({ userId: stranger.id, slug: "x".repeat(5000) })).toBeNull();
  });

  it("the audit journal is append-only", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    await updateWorkspace({ actor: members.owner!, input: { name: "Audited" } });
    await expect(db().auditEvent.updateMany({ data: { action: "tampered" } })).rejects.toThrow();
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow();
  });
});
