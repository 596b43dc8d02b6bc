// Cleaning a stored original again, e.g. with a removed line restored. The original bytes are
// the single source of truth: whatever the cleaner becomes, every version can be rebuilt.
import { cleanArticle } from "./clean";
import { decodeText } from "./decode";
import { docxToHtml } from "./sources/docx";
import { pdfToText } from "./sources/pdf";

export async function recleanOriginal({
  version,
  keep,
}: {
  version: { original: Uint8Array; originalType: string; originalName: string | null; sourceUrl: string | null };
  keep: string[];
}) {
  const bytes = new Uint8Array(version.original);
  const base = { url: version.sourceUrl ?? undefined, fileName: version.originalName ?? undefined, keep };
  switch (version.originalType) {
    case "docx":
      return cleanArticle({ kind: "html", content: await docxToHtml(bytes), ...base });
    case "pdf":
      return cleanArticle({ kind: "text", content: await pdfToText(bytes), ...base });
    case "html":
    case "markdown":
      return cleanArticle({ kind: version.originalType, content: decodeText(bytes).text, ...base });
    default:
      return cleanArticle({ kind: "text", content: decodeText(bytes).text, ...base });
  }
}
