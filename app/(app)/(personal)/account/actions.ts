"use server";
import { userAction } from "@/lib/actions/pipeline";
import { changePasswordSchema, updateProfileSchema } from "@/lib/auth/schemas";
import { writeLocaleCookie } from "@/lib/i18n/locale-preference";
import { changePassword, updateProfile } from "@/lib/users/mutations";

export const updateProfileAction = userAction(updateProfileSchema, async ({ input, user, requestId }) => {
  const profile = await updateProfile({ userId: user.id, input, requestId });
  if (profile.locale) await writeLocaleCookie(profile.locale);
  return profile;
});

export const changePasswordAction = userAction(changePasswordSchema, async ({ input, user, requestId }) => {
  await changePassword({ userId: user.id, input, requestId });
  return { email: user.email };
});
