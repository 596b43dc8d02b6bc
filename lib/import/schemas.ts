// Inputs of the import front door. Messages are translation keys under "errors".
import { z } from "zod";

export const MAX_FILES_PER_BATCH = 200;
export const MAX_URLS_PER_BATCH = 100;

export const pasteSchema = z
  .object({
    title: z.string().trim().max(500, "importTitleTooLong").optional(),
    text: z.string().max(2_000_000, "importPasteTooLarge").optional(),
    /** Rich HTML from the clipboard, when the browser offered it. */
    html: z.string().max(5_000_000, "importPasteTooLarge").optional(),
  })
  .refine((v) => (v.text ?? "").trim().length > 0 || (v.html ?? "").replace(/<[^>]*>/g, "").trim().length > 0, {
    path: ["text"],
    message: "importEmptyText",
  });
export type PasteInput = z.infer<typeof pasteSchema>;

export const urlListSchema = z
  .string()
  .transform((s) => s.split(/\s+/).map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/, error: "importUrlInvalid" })).min(1, "importNoUrls").max(MAX_URLS_PER_BATCH, "importTooManyUrls"));

export const importAsVersionSchema = z.object({ itemId: z.uuid({ error: "notFound" }) });
