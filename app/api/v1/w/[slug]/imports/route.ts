// POST /api/v1/w/[slug]/imports — start an import from files, URLs or a paste (editor+).
// multipart/form-data: files (repeated), or urls (one per line), or pasteTitle/pasteText/pasteHtml.
import { workspaceRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { importFiles, importPaste, importUrls } from "@/lib/import/create";

export const POST = workspaceRoute(async ({ req, actor, requestId }) => {
  const form = await req.formData().catch(() => {
    throw new AppError("bad_request", { userMessage: "importBadRequest" });
  });
  const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
  let result;
  if (files.length > 0) {
    const incoming = await Promise.all(files.map(async (f) => ({ name: f.name || "upload", bytes: new Uint8Array(await f.arrayBuffer()) })));
    result = await importFiles({ actor, files: incoming, requestId });
  } else if (typeof form.get("urls") === "string") {
    result = await importUrls({ actor, urls: String(form.get("urls")), requestId });
  } else {
    const field = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : undefined);
    result = await importPaste({ actor, input: { title: field("pasteTitle"), text: field("pasteText"), html: field("pasteHtml") }, requestId });
  }
  return Response.json(result, { status: 202 });
});
