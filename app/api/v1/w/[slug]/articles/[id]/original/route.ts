// GET /api/v1/w/[slug]/articles/[id]/original?version=N — the original bytes as imported,
// always as a download (never rendered: an imported HTML page must not run in our origin).
import { workspaceRoute } from "@/lib/api/route";
import { getArticle } from "@/lib/articles/queries";
import { notFound } from "@/lib/errors";

const EXTENSIONS: Record<string, string> = { text: "txt", edit: "txt", markdown: "md", html: "html", docx: "docx", pdf: "pdf" };

export const GET = workspaceRoute<{ slug: string; id: string }>(async ({ req, actor, params }) => {
  const version = Number(new URL(req.url).searchParams.get("version")) || undefined;
  const found = await getArticle({ actor, articleId: params.id, version });
  if (!found) throw notFound("articleNotFound");
  const v = found.version;
  const ext = EXTENSIONS[v.originalType] ?? "bin";
  const base = (v.originalName ?? found.article.title).replace(/[^\p{L}\p{N}._ -]+/gu, "_").slice(0, 100) || "article";
  const fileName = base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
  return new Response(new Uint8Array(v.original), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
