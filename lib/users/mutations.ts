import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  changePasswordSchema,
  signUpSchema,
  updateProfileSchema,
  type ChangePasswordInput,
  type SignUpInput,
  type UpdateProfileInput,
} from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";

/** Creates an account. The email is stored normalised (trimmed, lower-case). */
export async function signUp({ input, requestId }: { input: SignUpInput; requestId?: string }) {
  const data = signUpSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: data.email, name: data.name, passwordHash } });
      await recordAudit(tx, {
        workspaceId: null,
        actorId: user.id,
        action: "user.sign_up",
        targetType: "user",
        targetId: user.id,
        after: { email: user.email, name: user.name },
        requestId,
      });
      return { id: user.id, email: user.email, name: user.name };
    });
  } catch (e) {
    if (isUniqueViolation(e, "email")) {
      throw new AppError("conflict", { userMessage: "emailTaken", fieldErrors: { email: ["emailTaken"] } });
    }
    throw e;
  }
}

/**
 * Changes the password after checking the current one, and bumps sessionVersion so every
 * other session (other browsers, a stolen cookie) stops working at once.
 */
export async function changePassword({ userId, input, requestId }: { userId: string; input: ChangePasswordInput; requestId?: string }) {
  const data = changePasswordSchema.parse(input);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("validation", { userMessage: "currentPasswordWrong", fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { workspaceId: null, actorId: userId, action: "user.password_change", targetType: "user", targetId: userId, requestId });
  });
}

export async function updateProfile({ userId, input, requestId }: { userId: string; input: UpdateProfileInput; requestId?: string }) {
  const data = updateProfileSchema.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, locale: true } });
    const after = await tx.user.update({
      where: { id: userId },
      data: { name: data.name, ...(data.locale !== undefined ? { locale: data.locale } : {}) },
      select: { name: true, locale: true },
    });
    await recordAudit(tx, { workspaceId: null, actorId: userId, action: "user.update_profile", targetType: "user", targetId: userId, before, after, requestId });
    return after;
  });
}

/** The language switcher's write: only the locale, audited like any profile change. */
export async function setUserLocale({ userId, locale }: { userId: string; locale: "en" | "fr" }) {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await recordAudit(tx, { workspaceId: null, actorId: userId, action: "user.set_locale", targetType: "user", targetId: userId, before, after: { locale } });
  });
}
