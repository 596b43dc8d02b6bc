import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { changePassword, signUp, updateProfile } from "@/lib/users/mutations";
import { TEST_PASSWORD, createUser } from "../../helpers/factories";

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e);

describe("sign-up", () => {
  it("creates a user with an argon2id hash and audits it", async () => {
    const u = await signUp({ input: { name: "Léa Bernard", email: "Lea@Desk.test", password: "vérité sourcée 7" } });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.email).toBe("lea@desk.test");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "vérité sourcée 7")).toBe(true);
    expect(await db().auditEvent.count({ where: { actorId: u.id, action: "user.sign_up" } })).toBe(1);
  });

  it("a duplicate email, in any case, is a clear conflict", async () => {
    await signUp({ input: { name: "A", email: "dup@desk.test", password: "first-pass-123" } });
    const e = await fail(signUp({ input: { name: "B", email: " DUP@desk.test", password: "second-pass-123" } }));
    expect(e?.code).toBe("conflict");
    expect(e?.fieldErrors).toEqual({ email: ["emailTaken"] });
  });

  it("a weak password names the rule it breaks", async () => {
    const e = await fail(signUp({ input: { name: "A", email: "weak@desk.test", password: "short" } }));
    expect(JSON.stringify(e)).toContain("passwordTooShort");
    expect(await db().user.count({ where: { email: "weak@desk.test" } })).toBe(0);
  });
});

describe("sign-in with rate limit", () => {
  it("accepts the right password and refuses a wrong one without saying which part was wrong", async () => {
    const user = await createUser({ email: "signin@desk.test" });
    expect((await signInWithPassword({ email: "SIGNIN@desk.test", password: TEST_PASSWORD, ip: "1.1.1.1" })).id).toBe(user.id);
    expect((await fail(signInWithPassword({ email: "signin@desk.test", password: "nope-nope-1", ip: "1.1.1.1" })))?.userMessage).toBe("invalidCredentials");
    expect((await fail(signInWithPassword({ email: "ghost@desk.test", password: "nope-nope-1", ip: "1.1.1.1" })))?.userMessage).toBe("invalidCredentials");
  });

  it("blocks an email after 5 failures, with the wait, even with the right password, across IPs", async () => {
    await createUser({ email: "target@desk.test" });
    for (let i = 0; i < 5; i++) {
      await fail(signInWithPassword({ email: "target@desk.test", password: "wrong-pass-1", ip: `9.9.9.${i}` }));
    }
    const e = await fail(signInWithPassword({ email: "target@desk.test", password: TEST_PASSWORD, ip: "8.8.8.8" }));
    expect(e?.code).toBe("rate_limited");
    expect(e?.userMessage).toBe("tooManyAttempts");
    expect(Number(e?.values?.seconds)).toBeGreaterThan(60);
    // The counter lives in Postgres, so every app instance sees it.
    const rows = await db().rateLimit.findMany({ where: { key: { startsWith: "login_email" } } });
    expect(rows.some((r) => r.points >= 5)).toBe(true);
  });

  it("blocks an IP spraying many accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await fail(signInWithPassword({ email: `spray${i}@desk.test`, password: "wrong-pass-1", ip: "6.6.6.6" }));
    }
    expect((await fail(signInWithPassword({ email: "fresh@desk.test", password: "whatever-1", ip: "6.6.6.6" })))?.code).toBe("rate_limited");
    expect((await fail(signInWithPassword({ email: "fresh@desk.test", password: "whatever-1", ip: "7.7.7.7" })))?.code).toBe("unauthenticated");
  });

  it("a success clears the email's failures", async () => {
    await createUser({ email: "clears@desk.test" });
    for (let i = 0; i < 4; i++) await fail(signInWithPassword({ email: "clears@desk.test", password: "wrong-pass-1", ip: "5.5.5.5" }));
    await signInWithPassword({ email: "clears@desk.test", password: TEST_PASSWORD, ip: "5.5.5.5" });
    for (let i = 0; i < 4; i++) await fail(signInWithPassword({ email: "clears@desk.test", password: "wrong-pass-1", ip: "5.5.5.6" }));
    expect((await signInWithPassword({ email: "clears@desk.test", password: TEST_PASSWORD, ip: "5.5.5.7" })).email).toBe("clears@desk.test");
  });
});

describe("account", () => {
  it("changing the password checks the current one and invalidates other sessions", async () => {
    const user = await createUser();
    expect((await fail(changePassword({ userId: user.id, input: { currentPassword: "wrong-one-1", newPassword: "brand-new-pass-9", confirmPassword: "brand-new-pass-9" } })))?.fieldErrors).toEqual({
      currentPassword: ["currentPasswordWrong"],
    });
    await changePassword({ userId: user.id, input: { currentPassword: TEST_PASSWORD, newPassword: "brand-new-pass-9", confirmPassword: "brand-new-pass-9" } });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "brand-new-pass-9")).toBe(true);
  });

  it("updates the profile's name and language", async () => {
    const user = await createUser();
    expect(await updateProfile({ userId: user.id, input: { name: "Hugo Martin", locale: "fr" } })).toEqual({ name: "Hugo Martin", locale: "fr" });
  });
});
