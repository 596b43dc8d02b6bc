// What the import page shows of a batch: the JSON of GET /api/v1/w/[slug]/imports/[batchId],
// reduced to plain values so the server page can hand a resumed batch to the client.

export type ImportItemStatus = "queued" | "processing" | "done" | "duplicate" | "failed";

export interface ImportItemView {
  id: string;
  source: "paste" | "file" | "url";
  name: string;
  status: ImportItemStatus;
  /** Translation key under "errors" when the item failed. */
  errorKey: string | null;
  /** Values for that message; a zip that was unpacked carries `{ expanded: n }`. */
  errorValues: Record<string, string | number> | null;
  articleId: string | null;
  duplicateOfId: string | null;
}

export interface ImportBatchView {
  id: string;
  items: ImportItemView[];
}

export const TERMINAL_STATUSES: readonly ImportItemStatus[] = ["done", "duplicate", "failed"];

export function isTerminal(status: ImportItemStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

const STATUSES: readonly string[] = ["queued", "processing", "done", "duplicate", "failed"];
const SOURCES: readonly string[] = ["paste", "file", "url"];

function plainValues(v: unknown): Record<string, string | number> | null {
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const out: Record<string, string | number> = {};
  for (const [k, value] of Object.entries(v)) if (typeof value === "string" || typeof value === "number") out[k] = value;
  return out;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Reads one batch from the API's JSON, dropping anything unexpected rather than trusting it. */
export function toBatchView(json: unknown): ImportBatchView | null {
  if (!json || typeof json !== "object") return null;
  const { id, items } = json as { id?: unknown; items?: unknown };
  if (typeof id !== "string" || !Array.isArray(items)) return null;
  return {
    id,
    items: items.flatMap((raw: unknown) => {
      if (!raw || typeof raw !== "object") return [];
      const i = raw as Record<string, unknown>;
      if (typeof i.id !== "string" || !STATUSES.includes(String(i.status))) return [];
      return [
        {
          id: i.id,
          source: (SOURCES.includes(String(i.source)) ? i.source : "file") as ImportItemView["source"],
          name: str(i.name) ?? "",
          status: i.status as ImportItemStatus,
          errorKey: str(i.errorKey),
          errorValues: plainValues(i.errorValues),
          articleId: str(i.articleId),
          duplicateOfId: str(i.duplicateOfId),
        },
      ];
    }),
  };
}
