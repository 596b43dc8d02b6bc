// Verdict rows → VerdictDTO (lib/claims/types.ts). Pure and free of server imports, so server pages,
// route handlers and tests share it: the caller passes the "verdicts" translator of its language.
//
// A default verdict (one with a `key`) shows its translated name and description until an admin
// writes their own; a verdict admins added has no key and always shows what they wrote.
import type { VerdictDTO } from "@/lib/claims/types";

/** The columns of a Verdict row the presenter reads (a Prisma `Verdict` fits). */
export interface VerdictRow {
  id: string;
  key: string | null;
  name: string | null;
  description: string | null;
  color: string;
  claimReviewName: string;
  rating: number;
  requiresEvidence: boolean;
  isInitial: boolean;
  position: number;
  retiredAt: Date | string | null;
}

/** What the presenter needs of next-intl's translator for the "verdicts" namespace. */
export interface VerdictTranslator {
  (key: string): string;
  has(key: string): boolean;
}

/** The translated default name of `key`, or null for a key the messages don't know. */
export function defaultVerdictName(key: string | null, t: VerdictTranslator): string | null {
  if (key === null) return null;
  const k = `defaults.${key}.name`;
  return t.has(k) ? t(k) : null;
}

export function defaultVerdictDescription(key: string | null, t: VerdictTranslator): string | null {
  if (key === null) return null;
  const k = `defaults.${key}.description`;
  return t.has(k) ? t(k) : null;
}

export function toVerdictDTO(row: VerdictRow, t: VerdictTranslator): VerdictDTO {
  const description = row.description ?? defaultVerdictDescription(row.key, t);
  return {
    id: row.id,
    key: row.key,
    // A key without messages (a future default) still shows something readable.
    name: row.name ?? defaultVerdictName(row.key, t) ?? row.key ?? row.claimReviewName,
    // An admin may clear a default description on purpose: "" stays empty.
    description: description === "" ? null : description,
    color: row.color,
    claimReviewName: row.claimReviewName,
    rating: row.rating,
    requiresEvidence: row.requiresEvidence,
    isInitial: row.isInitial,
    retired: row.retiredAt !== null,
    position: row.position,
  };
}

/** The settings page also needs to know what is the admin's text and what is the default. */
export interface VerdictAdminDTO extends VerdictDTO {
  /** The admin's own name, or null when the translated default shows. */
  customName: string | null;
  customDescription: string | null;
  defaultName: string | null;
  defaultDescription: string | null;
}

export function toVerdictAdminDTO(row: VerdictRow, t: VerdictTranslator): VerdictAdminDTO {
  return {
    ...toVerdictDTO(row, t),
    customName: row.name,
    customDescription: row.description,
    defaultName: defaultVerdictName(row.key, t),
    defaultDescription: defaultVerdictDescription(row.key, t),
  };
}

/** `id → verdict`, for lists that show the verdict of many claims. */
export function verdictsById<V extends { id: string }>(verdicts: readonly V[]): Map<string, V> {
  return new Map(verdicts.map((v) => [v.id, v]));
}
