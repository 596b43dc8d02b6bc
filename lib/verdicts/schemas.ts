// Inputs of the verdict-set mutations (issue 4: admins rename, recolour, add, retire and reorder
// verdicts). Messages are translation keys under "errors". Shared by the server actions and the
// settings page's forms (no server imports).
import { z } from "zod";

import { colorContrastReport, normalizeHexColor } from "./color";

export const MAX_VERDICT_NAME = 60;
export const MAX_VERDICT_DESCRIPTION = 500;
export const MAX_CLAIM_REVIEW_NAME = 60;
/** More would not fit a picker, a filter or the keyboard shortcuts. */
export const MAX_VERDICTS = 30;

export const verdictIdSchema = z.uuid({ error: "notFound" });

/**
 * "#rrggbb" (also accepts "#RGB" and upper case). The colour marks the claim in the text and its
 * badge in both themes, so it must reach 3:1 against the light and the dark page background
 * (WCAG 1.4.11); every default colour does.
 */
export const verdictColorSchema = z
  .string({ error: "verdictColorInvalid" })
  .transform((s, ctx) => {
    const c = normalizeHexColor(s);
    if (c === null) {
      ctx.addIssue({ code: "custom", message: "verdictColorInvalid" });
      return z.NEVER;
    }
    return c;
  })
  .refine((c) => {
    const r = colorContrastReport(c);
    return r.lightOk && r.darkOk;
  }, "verdictColorLowContrast");

/** Form checkboxes post "on"; JSON posts booleans. */
const booleanish = z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" || v === "" ? false : v), z.boolean());

const nfc = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

/** "" resets a default verdict to its translated name (refused for verdicts admins added). */
export const verdictNameSchema = z.string().trim().max(MAX_VERDICT_NAME, "verdictNameTooLong").transform(nfc);
export const verdictDescriptionSchema = z
  .string()
  .trim()
  .max(MAX_VERDICT_DESCRIPTION, "verdictDescriptionTooLong")
  .transform((s) => s.normalize("NFC"));
export const claimReviewNameSchema = z
  .string()
  .trim()
  .min(1, "verdictClaimReviewNameRequired")
  .max(MAX_CLAIM_REVIEW_NAME, "verdictClaimReviewNameTooLong")
  .transform(nfc);
/** schema.org ClaimReview ratingValue: 1 = false … 5 = true, 3 for verdicts that conclude nothing. */
export const verdictRatingSchema = z.coerce.number({ error: "verdictRatingInvalid" }).int("verdictRatingInvalid").min(1, "verdictRatingInvalid").max(5, "verdictRatingInvalid");

const fields = {
  name: verdictNameSchema,
  description: verdictDescriptionSchema,
  color: verdictColorSchema,
  claimReviewName: claimReviewNameSchema,
  rating: verdictRatingSchema,
  requiresEvidence: booleanish,
};

/** The editable fields of a verdict; absent fields are left as they are. */
export const updateVerdictSchema = z.object({ verdictId: verdictIdSchema, ...z.object(fields).partial().shape });
export type UpdateVerdictInput = z.input<typeof updateVerdictSchema>;

export const createVerdictSchema = z.object({
  ...fields,
  name: verdictNameSchema.pipe(z.string().min(1, "verdictNameRequired")),
  description: verdictDescriptionSchema.default(""),
  requiresEvidence: booleanish.default(false),
});
export type CreateVerdictInput = z.input<typeof createVerdictSchema>;

export const verdictRefSchema = z.object({ verdictId: verdictIdSchema });
export type VerdictRefInput = z.input<typeof verdictRefSchema>;

/** The whole set in its new order (every verdict, retired ones included, each once). */
export const reorderVerdictsSchema = z.object({
  verdictIds: z
    .array(verdictIdSchema)
    .min(1, "verdictOrderStale")
    .max(MAX_VERDICTS + 50, "verdictOrderStale")
    .refine((ids) => new Set(ids).size === ids.length, "verdictOrderStale"),
});
export type ReorderVerdictsInput = z.input<typeof reorderVerdictsSchema>;

/**
 * The form in which names are compared for uniqueness: "Faux", "faux" and "FAUX " are the same
 * verdict to a reader, and so are "Verifie" and "Vérifié".
 */
export function verdictNameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}
