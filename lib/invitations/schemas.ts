import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { idSchema, roleSchema } from "@/lib/members/schemas";

export const INVITATION_EXPIRY_DAYS = [1, 3, 7, 14, 30] as const;

export const createInvitationSchema = z.object({
  role: roleSchema,
  expiresInDays: z.coerce.number({ error: "expiryInvalid" }).int().refine((d) => (INVITATION_EXPIRY_DAYS as readonly number[]).includes(d), "expiryInvalid"),
  /** Optional: restrict the link to one address. */
  email: z.union([z.literal("").transform(() => undefined), emailSchema]).optional(),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const revokeInvitationSchema = z.object({ invitationId: idSchema });
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;

/** Tokens are 32 random bytes in base64url (43 characters). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
