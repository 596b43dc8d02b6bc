import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { listMembers } from "@/lib/members/queries";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/members/mutations";
import { auditActions, createWorkspaceWithMembers } from "../../helpers/factories";

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as AppError).code ?? String(e);
  }
}

describe("change member role", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s changing a viewer to editor → %s", async (role, expected) => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin", "editor", "viewer"]);
    const actor = members[role]!;
    const viewer = members.viewer!;
    expect(await code(changeMemberRole({ actor, input: { membershipId: viewer.membershipId, role: "editor" } }))).toBe(expected);
    const after = await db().membership.findUniqueOrThrow({ where: { id: viewer.membershipId } });
    expect(after.role).toBe(expected === "ok" ? "editor" : "viewer");
  });

  it("admins cannot promote to owner nor demote owners; owners can", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin", "editor"]);
    const { admin, owner, editor } = members as Record<string, Actor & { membershipId: string }>;
    expect(await code(changeMemberRole({ actor: admin!, input: { membershipId: editor!.membershipId, role: "owner" } }))).toBe("forbidden");
    expect(await code(changeMemberRole({ actor: admin!, input: { membershipId: owner!.membershipId, role: "viewer" } }))).toBe("forbidden");
    expect(await code(changeMemberRole({ actor: owner!, input: { membershipId: editor!.membershipId, role: "owner" } }))).toBe("ok");
  });

  it("the last owner cannot be demoted, and two owners demoting each other at once leave one owner", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner", "owner"]);
    const [a, b] = [members.owner!, members.owner1!];
    const results = await Promise.allSettled([
      changeMemberRole({ actor: a, input: { membershipId: b.membershipId, role: "admin" } }),
      changeMemberRole({ actor: b, input: { membershipId: a.membershipId, role: "admin" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = await db().membership.count({ where: { workspaceId: workspace.id, role: "owner" } });
    expect(owners).toBe(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).userMessage).toMatch(/lastOwner|forbidden/);
  });

  it("another workspace's membership is not found, never forbidden", async () => {
    const mine = await createWorkspaceWithMembers(["owner"]);
    const theirs = await createWorkspaceWithMembers(["owner", "viewer"]);
    const err = await changeMemberRole({ actor: mine.members.owner!, input: { membershipId: theirs.members.viewer!.membershipId, role: "admin" } }).catch((e) => e);
    expect(err.code).toBe("not_found");
    expect((await db().membership.findUniqueOrThrow({ where: { id: theirs.members.viewer!.membershipId } })).role).toBe("viewer");
  });

  it("rejects malformed ids and unknown roles as validation errors", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    await expect(changeMemberRole({ actor: members.owner!, input: { membershipId: "not-a-uuid", role: "editor" } })).rejects.toThrow();
    await expect(changeMemberRole({ actor: members.owner!, input: { membershipId: members.owner!.membershipId, role: "god" as never } })).rejects.toThrow();
  });

  it("audits the change with before and after", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner", "viewer"]);
    await changeMemberRole({ actor: members.owner!, input: { membershipId: members.viewer!.membershipId, role: "editor" }, requestId: "req-1" });
    const ev = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "member.role_change" } });
    expect(ev).toMatchObject({ actorId: members.owner!.userId, requestId: "req-1", before: { role: "viewer" }, after: { role: "editor" } });
  });
});

describe("remove and leave", () => {
  it.each([
    ["owner", "ok"],
    ["admin", "ok"],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s removing an editor → %s", async (role, expected) => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin", "editor", "viewer", "editor"]);
    const target = members.editor4!;
    expect(await code(removeMember({ actor: members[role]!, input: { membershipId: target.membershipId } }))).toBe(expected);
    expect(await db().membership.count({ where: { id: target.membershipId } })).toBe(expected === "ok" ? 0 : 1);
  });

  it("admins cannot remove owners; the last owner cannot be removed or leave", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner", "admin"]);
    expect(await code(removeMember({ actor: members.admin!, input: { membershipId: members.owner!.membershipId } }))).toBe("forbidden");
    expect(await code(removeMember({ actor: members.owner!, input: { membershipId: members.owner!.membershipId } }))).toBe("conflict");
    expect(await code(leaveWorkspace({ actor: members.owner! }))).toBe("conflict");
    expect(await code(leaveWorkspace({ actor: members.admin! }))).toBe("ok");
    expect(await auditActions(workspace.id)).toContain("member.leave");
  });

  it("viewers can read the member list", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "viewer"]);
    const list = await listMembers({ actor: members.viewer! });
    expect(list.map((m) => m.role)).toEqual(["owner", "viewer"]);
  });
});
