// Zod schemas for the auth and account forms; shared by server actions and client forms.
// Messages are translation keys under "errors".
import { z } from "zod";
import { passwordSchema } from "./password-policy";

export const emailSchema = z
  .string({ error: "emailInvalid" })
  .trim()
  .toLowerCase()
  .max(320, "emailInvalid")
  .pipe(z.email({ error: "emailInvalid" }));

export const nameSchema = z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(120, "nameTooLong");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(200, "passwordTooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0]!.toLowerCase()) || v.email.split("@")[0]!.length < 4, {
    path: ["password"],
    message: "passwordContainsEmail",
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "passwordsDontMatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "passwordUnchanged" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z.object({
  name: nameSchema,
  locale: z.enum(["en", "fr"]).nullable().optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;
