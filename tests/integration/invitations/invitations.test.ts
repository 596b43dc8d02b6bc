import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { findInvitationByToken, listInvitations } from "@/lib/invitations/queries";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { hashInvitationToken } from "@/lib/invitations/token";
import { createUser, createWorkspaceWithMembers } from "../../helpers/factories";

const err = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ code: e.code, message: e.userMessage }));

describe("invitations", () => {
  it.each([
    ["owner", null],
    ["admin", null],
    ["editor", "forbidden"],
    ["viewer", "forbidden"],
  ] as const)("%s creating an editor invitation → %s", async (role, expected) => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin", "editor", "viewer"]);
    const result = await err(createInvitation({ actor: members[role]!, input: { role: "editor", expiresInDays: 7 } }));
    expect(result?.code ?? null).toBe(expected);
  });

  it("only owners can invite owners", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin"]);
    expect((await err(createInvitation({ actor: members.admin!, input: { role: "owner", expiresInDays: 7 } })))?.code).toBe("forbidden");
    expect(await err(createInvitation({ actor: members.owner!, input: { role: "owner", expiresInDays: 7 } }))).toBeNull();
  });

  it("stores only the token's hash and lets the invitee join with the invited role, once", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const { token, invitation } = await createInvitation({ actor: members.owner!, input: { role: "editor", expiresInDays: 3 } });
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(await db().invitation.findMany())).not.toContain(token);

    const invitee = await createUser();
    const { membership } = await acceptInvitation({ userId: invitee.id, token });
    expect(membership).toMatchObject({ workspaceId: workspace.id, userId: invitee.id, role: "editor" });
    expect((await findInvitationByToken({ token }))?.status).toBe("accepted");

    const other = await createUser();
    expect(await err(acceptInvitation({ userId: other.id, token }))).toEqual({ code: "gone", message: "invitation_accepted" });
  });

  it("two people using the same link at once: exactly one gets in", async () => {
    const { members, workspace } = await createWorkspaceWithMembers(["owner"]);
    const { token } = await createInvitation({ actor: members.owner!, input: { role: "viewer", expiresInDays: 1 } });
    const [a, b] = [await createUser(), await createUser()];
    const results = await Promise.allSettled([acceptInvitation({ userId: a.id, token }), acceptInvitation({ userId: b.id, token })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().membership.count({ where: { workspaceId: workspace.id } })).toBe(2);
  });

  it("expired, revoked, unknown and malformed links are refused with their reason", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "admin"]);
    const user = await createUser();
    const expired = await createInvitation({ actor: members.owner!, input: { role: "viewer", expiresInDays: 1 } });
    await db().invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await err(acceptInvitation({ userId: user.id, token: expired.token }))).toEqual({ code: "gone", message: "invitation_expired" });

    const revoked = await createInvitation({ actor: members.owner!, input: { role: "viewer", expiresInDays: 1 } });
    await revokeInvitation({ actor: members.admin!, input: { invitationId: revoked.invitation.id } });
    expect(await err(acceptInvitation({ userId: user.id, token: revoked.token }))).toEqual({ code: "gone", message: "invitation_revoked" });
    expect((await err(revokeInvitation({ actor: members.admin!, input: { invitationId: revoked.invitation.id } })))?.code).toBe("conflict");

    expect((await err(acceptInvitation({ userId: user.id, token: "A".repeat(43) })))?.code).toBe("not_found");
    expect((await err(acceptInvitation({ userId: user.id, token: "../../etc/passwd" })))?.code).toBe("not_found");
    expect(await findInvitationByToken({ token: "nope" })).toBeNull();
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an email-restricted link only admits that address", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    const target = await createUser({ email: "reporter@desk.test" });
    const stranger = await createUser();
    const { token } = await createInvitation({ actor: members.owner!, input: { role: "editor", expiresInDays: 7, email: "Reporter@Desk.test" } });
    expect((await err(acceptInvitation({ userId: stranger.id, token })))?.code).toBe("forbidden");
    expect(await err(acceptInvitation({ userId: target.id, token }))).toBeNull();
  });

  it("a member accepting again is told so and nothing changes", async () => {
    const { members } = await createWorkspaceWithMembers(["owner", "viewer"]);
    const { token } = await createInvitation({ actor: members.owner!, input: { role: "admin", expiresInDays: 7 } });
    expect((await err(acceptInvitation({ userId: members.viewer!.userId, token })))?.message).toBe("alreadyMember");
    expect((await db().membership.findUniqueOrThrow({ where: { id: members.viewer!.membershipId } })).role).toBe("viewer");
    expect((await findInvitationByToken({ token }))?.status).toBe("pending");
  });

  it("another workspace's invitation cannot be revoked or listed", async () => {
    const mine = await createWorkspaceWithMembers(["owner"]);
    const theirs = await createWorkspaceWithMembers(["owner"]);
    const { invitation } = await createInvitation({ actor: theirs.members.owner!, input: { role: "viewer", expiresInDays: 7 } });
    expect((await err(revokeInvitation({ actor: mine.members.owner!, input: { invitationId: invitation.id } })))?.code).toBe("not_found");
    expect(await listInvitations({ actor: mine.members.owner! })).toHaveLength(0);
  });

  it("rejects bad expiry values", async () => {
    const { members } = await createWorkspaceWithMembers(["owner"]);
    await expect(createInvitation({ actor: members.owner!, input: { role: "viewer", expiresInDays: 365 } })).rejects.toThrow();
    await expect(createInvitation({ actor: members.owner!, input: { role: "viewer", expiresInDays: "abc" as never } })).rejects.toThrow();
  });
});
