import { z } from "zod";

export const ARTICLE_SORTS = ["createdAt", "publishedAt", "title", "outlet"] as const;

/** The articles list's URL parameters; anything unexpected falls back to the defaults. */
export const listArticlesSchema = z.object({
  sort: z.enum(ARTICLE_SORTS).catch("createdAt"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  q: z.string().trim().max(200).optional().catch(undefined),
  language: z.string().trim().regex(/^[a-z]{2,3}$/).optional().catch(undefined),
  outlet: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  pageSize: z.coerce.number().int().min(10).max(100).catch(25),
});
/** Raw parameters (e.g. URL search params): each is validated, bad values fall back. */
export type ListArticlesInput = Partial<Record<keyof z.output<typeof listArticlesSchema>, unknown>>;

export const restoreLineSchema = z.object({ articleId: z.uuid({ error: "notFound" }), lineId: z.string().min(1).max(100) });
export type RestoreLineInput = z.infer<typeof restoreLineSchema>;

export interface RemovedLine {
  id: string;
  text: string;
  reason: string;
  position: number;
}
