// Turns a stored relation reason ({ code, values, signals }) into translated text. Values are
// stored as strings; numeric ones become numbers so plural and number formats apply.
import type { RelationReason } from "@/lib/matching/types";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

function typed(values: Record<string, string>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : v]));
}

/** The reason's main sentence, or null for an unknown code. */
export function reasonText(t: Translate, reason: RelationReason | null): string | null {
  if (!reason || !t.has(`reasons.${reason.code}`)) return null;
  return t(`reasons.${reason.code}`, typed(reason.values));
}

/** The supporting signals ("both name Kursk", "same figure: 86 %"). */
export function signalTexts(t: Translate, reason: RelationReason | null): string[] {
  return (reason?.signals ?? []).filter((s) => t.has(`signals.${s.code}`)).map((s) => t(`signals.${s.code}`, typed(s.values)));
}
