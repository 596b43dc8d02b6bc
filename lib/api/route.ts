// The route-handler counterpart of lib/actions/pipeline.ts, for the JSON API under /api/v1:
// parse → authenticate → load membership (another workspace answers 404) → run → map errors
// to `{ error: { code, message, fieldErrors?, requestId } }` with the AppError's status.
import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Actor } from "@/lib/authz/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { findMembership } from "@/lib/workspaces/queries";

interface RouteCtx<P> {
  req: Request;
  params: P;
  user: CurrentUser;
  actor: Actor;
  requestId: string;
}

export async function errorResponse(e: unknown, requestId: string): Promise<Response> {
  const t = await getTranslations("errors");
  const common = await getTranslations("common.errors");
  const tr = (key: string, values?: Record<string, string | number>) => (t.has(key) ? t(key, values) : common("genericNoReference"));
  if (e instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of e.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(tr(issue.message));
    return Response.json({ error: { code: "validation", message: tr("checkFields"), fieldErrors, requestId } }, { status: 422 });
  }
  if (isAppError(e)) {
    return Response.json({ error: { code: e.code, message: tr(e.userMessage, e.values), requestId, details: e.details } }, { status: e.status });
  }
  console.error(JSON.stringify({ level: "error", msg: "route failed", requestId, error: e instanceof Error ? e.stack : String(e) }));
  return Response.json({ error: { code: "internal", message: common("generic", { requestId }), requestId } }, { status: 500 });
}

export function workspaceRoute<P extends { slug: string }>(handler: (ctx: RouteCtx<P>) => Promise<Response>) {
  return async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("unauthenticated", { userMessage: "signedOut" });
      const p = await params;
      const found = await findMembership({ userId: user.id, slug: p.slug });
      if (!found) throw new AppError("not_found", { userMessage: "workspaceNotFound" });
      return await handler({ req, params: p, user, actor: found.actor, requestId });
    } catch (e) {
      return errorResponse(e, requestId);
    }
  };
}
