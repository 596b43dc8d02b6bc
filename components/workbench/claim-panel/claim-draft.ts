// The claim panel's editing model, as pure functions (unit-tested in tests/unit/claim-panel).
//
// The panel keeps two things: `started`, the claim as the server last gave it to us (its
// `version` is what every save sends as `expectedVersion`), and a `ClaimDraft`, what the form
// shows. A field is "mine" when the draft differs from `started`; it is "theirs" when a newer
// server copy differs from `started`. A save that answers "conflict" brings the current copy; the
// diff below lists both sides field by field so the editor decides, and nothing is ever merged
// over a field both people changed without asking.
import type { JSONContent } from "@tiptap/core";

import type { ClaimPatch } from "@/lib/claims/schemas";
import type { ClaimDTO, ClaimPriority, MemberRef, Quantity, SourceRef } from "@/lib/claims/types";
import { isSafeHref } from "@/lib/editor/safe-link";

/** A quantity row as typed: numbers stay strings until saved ("86,5", "1 000"). */
export interface QuantityDraft {
  /** Stable React key of the row (never sent). */
  key: string;
  value: string;
  max: string;
  unit: string;
  text: string;
  approximate: boolean;
  lowerBound: boolean;
  upperBound: boolean;
  range: boolean;
}

export interface ClaimDraft {
  statement: string;
  speakers: SourceRef[];
  claimDate: string | null;
  firstSeenUrl: string | null;
  firstSeenAt: string | null;
  tags: string[];
  priority: ClaimPriority;
  assignee: MemberRef | null;
  quantities: QuantityDraft[];
  verdictId: string;
  rationale: JSONContent | null;
  /** Plain text of `rationale` (what the verdict rules look at). */
  rationaleText: string;
}

export const DETAIL_FIELDS = ["statement", "speakers", "claimDate", "firstSeenUrl", "firstSeenAt", "tags", "priority", "assignee", "quantities"] as const;
export const VERDICT_FIELDS = ["verdict", "rationale"] as const;
export const ALL_FIELDS = [...DETAIL_FIELDS, ...VERDICT_FIELDS] as const;

export type DetailField = (typeof DETAIL_FIELDS)[number];
export type ClaimField = (typeof ALL_FIELDS)[number];

let rowCounter = 0;
/** A fresh key for a quantity row. */
export function newRowKey(): string {
  rowCounter += 1;
  return `q${rowCounter}`;
}

/** Numbers as an editor types them: "86", "86,5", "1 000", "1,000.5", "−3". Null when not a number. */
export function parseNumber(input: string): number | null {
  let s = input.replace(/[\s\u00A0\u202F\u2009']/gu, "").replace(/\u2212/gu, "-");
  if (s === "") return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const decimal = lastComma > lastDot ? "," : ".";
    const group = decimal === "," ? "." : ",";
    s = s.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    s = s.indexOf(",") === lastComma ? s.replace(",", ".") : s.split(",").join("");
  } else if (lastDot >= 0 && s.indexOf(".") !== lastDot) {
    s = s.split(".").join("");
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function quantityToDraft(q: Quantity, key: string = newRowKey()): QuantityDraft {
  return {
    key,
    value: String(q.value),
    max: q.max === null || q.max === undefined ? "" : String(q.max),
    unit: q.unit,
    text: q.text,
    approximate: q.approximate,
    lowerBound: q.lowerBound,
    upperBound: q.upperBound,
    range: q.range,
  };
}

export function emptyQuantity(): QuantityDraft {
  return { key: newRowKey(), value: "", max: "", unit: "", text: "", approximate: false, lowerBound: false, upperBound: false, range: false };
}

export type QuantityProblem = "quantityValueRequired" | "quantityValueInvalid" | "quantityMaxRequired" | "quantityMaxInvalid" | "quantityMaxBelowValue";
export interface QuantityErrors {
  value?: QuantityProblem;
  max?: QuantityProblem;
}

/** The rows as the server takes them, or each bad row's problems (by row key). */
export function parseQuantities(rows: readonly QuantityDraft[]): { quantities: Quantity[]; errors: Record<string, QuantityErrors> } {
  const quantities: Quantity[] = [];
  const errors: Record<string, QuantityErrors> = {};
  for (const row of rows) {
    const e: QuantityErrors = {};
    const value = parseNumber(row.value);
    if (row.value.trim() === "") e.value = "quantityValueRequired";
    else if (value === null) e.value = "quantityValueInvalid";
    let max: number | null = null;
    if (row.range) {
      max = parseNumber(row.max);
      if (row.max.trim() === "") e.max = "quantityMaxRequired";
      else if (max === null) e.max = "quantityMaxInvalid";
      else if (value !== null && max < value) e.max = "quantityMaxBelowValue";
    }
    if (e.value || e.max) {
      errors[row.key] = e;
      continue;
    }
    quantities.push({
      value: value as number,
      max: row.range ? max : null,
      unit: row.unit.trim(),
      text: row.text.trim(),
      approximate: row.approximate,
      lowerBound: row.lowerBound,
      upperBound: row.upperBound,
      range: row.range,
    });
  }
  return { quantities, errors };
}

/** The form values of a claim. */
export function draftOf(claim: ClaimDTO): ClaimDraft {
  return {
    statement: claim.statement,
    speakers: claim.speakers,
    claimDate: claim.claimDate,
    firstSeenUrl: claim.firstSeenUrl,
    firstSeenAt: claim.firstSeenAt,
    tags: claim.tags,
    priority: claim.priority,
    assignee: claim.assignee,
    quantities: claim.quantities.map((q) => quantityToDraft(q)),
    verdictId: claim.verdictId,
    rationale: claim.rationale,
    rationaleText: claim.rationaleText,
  };
}

/**
 * A rationale reduced to what it means: null when it has no text; links keep only their href
 * (the server adds target/rel), empty attribute values are dropped.
 */
export function canonicalRationale(doc: JSONContent | null, text: string): string | null {
  if (doc === null || text.trim() === "") return null;
  const clean = (node: JSONContent): unknown => {
    const out: Record<string, unknown> = { type: node.type };
    if (node.text !== undefined) out.text = node.text;
    if (node.attrs) {
      const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
      if (Object.keys(attrs).length > 0) out.attrs = attrs;
    }
    if (node.marks?.length) out.marks = node.marks.map((m) => (m.type === "link" ? { type: "link", href: m.attrs?.href ?? null } : { type: m.type }));
    if (node.content?.length) out.content = node.content.map(clean);
    return out;
  };
  return JSON.stringify(clean(doc));
}

function quantityKey(q: Quantity): string {
  return JSON.stringify([q.value, q.range ? (q.max ?? null) : null, q.unit.trim(), q.text.trim(), q.approximate, q.lowerBound, q.upperBound, q.range]);
}

/** Quantity rows compared by what they mean; unparseable rows compare as typed. */
function quantitiesKey(rows: readonly QuantityDraft[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const { quantities } = parseQuantities([row]);
      const q = quantities[0];
      return q ? quantityKey(q) : `raw:${row.value}|${row.max}|${row.unit}|${row.text}|${row.range}`;
    }),
  );
}

const sortedTags = (tags: readonly string[]) => [...tags].sort().join("\u0000");

/** Whether a field has the same meaning in both drafts. */
export function sameField(field: ClaimField, a: ClaimDraft, b: ClaimDraft): boolean {
  switch (field) {
    case "statement":
      return a.statement.trim() === b.statement.trim();
    case "speakers":
      return a.speakers.map((s) => s.id).join() === b.speakers.map((s) => s.id).join();
    case "claimDate":
    case "firstSeenAt":
      return (a[field] || null) === (b[field] || null);
    case "firstSeenUrl":
      return (a.firstSeenUrl?.trim() || null) === (b.firstSeenUrl?.trim() || null);
    case "tags":
      return sortedTags(a.tags) === sortedTags(b.tags);
    case "priority":
      return a.priority === b.priority;
    case "assignee":
      return (a.assignee?.id ?? null) === (b.assignee?.id ?? null);
    case "quantities":
      return quantitiesKey(a.quantities) === quantitiesKey(b.quantities);
    case "verdict":
      return a.verdictId === b.verdictId;
    case "rationale":
      return canonicalRationale(a.rationale, a.rationaleText) === canonicalRationale(b.rationale, b.rationaleText);
  }
}

/** The fields (among `fields`) whose meaning differs between `from` and `to`. */
export function changedFields(from: ClaimDraft, to: ClaimDraft, fields: readonly ClaimField[] = ALL_FIELDS): ClaimField[] {
  return fields.filter((f) => !sameField(f, from, to));
}

/** Copies `fields` from `source` into `target`. */
export function withFields(target: ClaimDraft, source: ClaimDraft, fields: readonly ClaimField[]): ClaimDraft {
  const out: ClaimDraft = { ...target };
  for (const f of fields) {
    if (f === "verdict") out.verdictId = source.verdictId;
    else if (f === "rationale") {
      out.rationale = source.rationale;
      out.rationaleText = source.rationaleText;
    } else (out as unknown as Record<DetailField, unknown>)[f] = source[f];
  }
  return out;
}

/** The server patch for some detail fields of a draft. Quantities must parse (the form checks first). */
export function patchFor(draft: ClaimDraft, fields: readonly ClaimField[]): ClaimPatch {
  const patch: ClaimPatch = {};
  for (const f of fields) {
    switch (f) {
      case "statement":
        patch.statement = draft.statement.trim();
        break;
      case "speakers":
        patch.speakerIds = draft.speakers.map((s) => s.id);
        break;
      case "claimDate":
        patch.claimDate = draft.claimDate || null;
        break;
      case "firstSeenUrl":
        patch.firstSeenUrl = draft.firstSeenUrl?.trim() || null;
        break;
      case "firstSeenAt":
        patch.firstSeenAt = draft.firstSeenAt || null;
        break;
      case "tags":
        patch.tags = draft.tags;
        break;
      case "priority":
        patch.priority = draft.priority;
        break;
      case "assignee":
        patch.assigneeId = draft.assignee?.id ?? null;
        break;
      case "quantities": {
        const { quantities, errors } = parseQuantities(draft.quantities);
        if (Object.keys(errors).length > 0) throw new Error("patchFor: quantities do not parse");
        patch.quantities = quantities;
        break;
      }
      case "rationale":
        // A plain copy: ProseMirror JSON may carry null-prototype objects a server action cannot take.
        patch.rationale = canonicalRationale(draft.rationale, draft.rationaleText) === null ? null : (JSON.parse(JSON.stringify(draft.rationale)) as Record<string, unknown>);
        break;
      case "verdict":
        break; // set with setVerdictAction, never patched
    }
  }
  return patch;
}

/** One field in the conflict dialog: the value you both started from, theirs now, and yours. */
export interface FieldConflict {
  field: ClaimField;
  started: ClaimDraft;
  theirs: ClaimDraft;
  mine: ClaimDraft;
}

export interface ConflictDiff {
  /** Fields the other person changed (started → theirs). */
  theirs: ClaimField[];
  /** Fields of the attempted save that you changed (started → mine). */
  mine: ClaimField[];
  /** Fields both changed, to different values: re-applying yours replaces theirs. */
  both: ClaimField[];
  /** Your changed fields that now equal theirs anyway (nothing to re-apply). */
  same: ClaimField[];
}

/**
 * What happened between the version the editor started from and the current one, against what
 * the editor changed in the fields of the save they attempted.
 */
export function diffConflict(started: ClaimDraft, mine: ClaimDraft, current: ClaimDraft, attempted: readonly ClaimField[] = ALL_FIELDS): ConflictDiff {
  const theirs = changedFields(started, current);
  const mineChanged = changedFields(started, mine, attempted);
  const both = mineChanged.filter((f) => theirs.includes(f) && !sameField(f, mine, current));
  const same = mineChanged.filter((f) => sameField(f, mine, current));
  return { theirs, mine: mineChanged, both, same };
}

/**
 * The current copy with my changes to `keep` laid over it: what the form shows after a conflict
 * ("Re-apply": every field I changed; "Discard": only those outside the failed save).
 */
export function rebaseDraft(started: ClaimDraft, mine: ClaimDraft, current: ClaimDraft, keep: readonly ClaimField[] = ALL_FIELDS): ClaimDraft {
  const mineChanged = changedFields(started, mine, keep);
  return withFields(current, mine, mineChanged);
}

/**
 * A newer copy arrived without a save of ours (evidence added, the reading view refreshed). Take
 * it when it touches none of the fields I am editing: the form then shows their changes and keeps
 * mine. Otherwise keep what we started from, so saving answers "conflict" and the dialog asks.
 */
export function adoptIncoming(started: ClaimDTO, draft: ClaimDraft, incoming: ClaimDTO): { started: ClaimDTO; draft: ClaimDraft; theirs: ClaimField[] } | null {
  if (incoming.id !== started.id || incoming.version < started.version) return null;
  const base = draftOf(started);
  const next = draftOf(incoming);
  const mine = changedFields(base, draft);
  const theirs = changedFields(base, next);
  if (mine.some((f) => theirs.includes(f) && !sameField(f, draft, next))) return null;
  return { started: incoming, draft: withFields(next, draft, mine), theirs };
}

/** Tags as the server stores them (lib/claims/schemas.ts tagSchema): NFC, lower case, single spaces. */
export function normaliseTag(raw: string): string {
  return raw.normalize("NFC").trim().toLocaleLowerCase("fr").replace(/\s+/gu, " ");
}

/** Adds the comma-separated tags typed in `input` to `tags`, skipping blanks and repeats. */
export function addTags(tags: readonly string[], input: string, max = 40): { tags: string[]; tooLong: string[] } {
  const out = [...tags];
  const tooLong: string[] = [];
  for (const part of input.split(/[,;]/)) {
    const tag = normaliseTag(part);
    if (tag === "") continue;
    if (tag.length > max) {
      tooLong.push(tag);
      continue;
    }
    if (!out.includes(tag)) out.push(tag);
  }
  return { tags: out, tooLong };
}

/**
 * A quantity as a reader writes it: ">86 %", "≈430 soldats", "100–150 km". French puts a
 * non-breaking space before "%" and units; English glues "%" to the number.
 */
export function formatQuantity(q: Quantity, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  let figure = nf.format(q.value);
  if (q.range && q.max !== null && q.max !== undefined) figure = `${figure}–${nf.format(q.max)}`;
  const prefix = `${q.approximate ? "≈" : ""}${q.lowerBound ? ">" : ""}${q.upperBound ? "<" : ""}`;
  const unit = q.unit.trim();
  const sep = unit === "" ? "" : unit === "%" ? (locale.startsWith("fr") ? "\u202F" : "") : "\u00A0";
  return `${prefix}${figure}${sep}${unit}`;
}

/**
 * The link a rationale gets from what the editor typed in the link prompt: http(s) and mailto
 * as they are, a bare address ("understandingwar.org/x") with https:// added; null for anything
 * else (javascript:, relative paths, words).
 */
export function normaliseHref(raw: string): string | null {
  const s = raw.trim();
  if (s === "") return null;
  if (isSafeHref(s)) return s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[^/:]+\.[^/:]+:\d/.test(s)) return null;
  const withScheme = `https://${s}`;
  return /^[^\s/:]+\.[^\s.]{2,}/.test(s) && isSafeHref(withScheme) ? withScheme : null;
}

/** A first-seen address as typed: only absolute http(s) URLs are accepted. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s.trim());
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The values a failed URL snapshot's reason needs, or null when it needs one we cannot know. The
 * server stores the fetcher's message key without its values; the only one those messages take
 * that the item itself holds is the address's `{host}` ("This address ({host}) points to a
 * private or local network…"), so that one is read back from the URL.
 */
export function snapshotReasonValues(message: string, url: string | null): Record<string, string> | null {
  const needed = new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!));
  const values: Record<string, string> = {};
  for (const name of needed) {
    if (name !== "host" || !url) return null;
    try {
      values.host = new URL(url).hostname;
    } catch {
      return null;
    }
    if (values.host === "") return null;
  }
  return values;
}
