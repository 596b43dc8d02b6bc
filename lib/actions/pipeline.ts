// The one server-action pipeline (a small next-safe-action equivalent):
//   authenticate → load membership → validate → run → map errors.
// Authorisation itself is the first line of every lib mutation (authorize()), so a mutation is
// guarded whichever entry point calls it (action, route handler, CLI).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Actor } from "@/lib/authz/authorize";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { currentRequestId } from "@/lib/request-id";
import { findMembership } from "@/lib/workspaces/queries";
import type { ActionState } from "./state";

type Payload = FormData | Record<string, unknown>;

const SECRET_FIELDS = /password|token/i;

function payloadToObject(payload: Payload): Record<string, unknown> {
  if (!(payload instanceof FormData)) return payload ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of payload.entries()) {
    if (key.startsWith("$ACTION")) continue;
    out[key] = value;
  }
  return out;
}

function echoValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => typeof v === "string" && !SECRET_FIELDS.test(k))
      .map(([k, v]) => [k, v as string]),
  );
}

async function translator() {
  const t = await getTranslations("errors");
  const common = await getTranslations("common.errors");
  return (key: string, values?: Record<string, string | number>) => (t.has(key) ? t(key, values) : common("genericNoReference"));
}

async function toErrorState(e: unknown, raw: Record<string, unknown>, requestId: string): Promise<ActionState<never>> {
  unstable_rethrow(e); // redirect() and notFound() must reach Next.
  const tr = await translator();
  const values = echoValues(raw);
  if (e instanceof z.ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of e.issues) {
      const field = String(issue.path[0] ?? "_form");
      (fieldErrors[field] ??= []).push(tr(issue.message));
    }
    return { status: "error", code: "validation", formError: tr("checkFields"), fieldErrors, values, requestId };
  }
  if (isAppError(e)) {
    const fieldErrors = e.fieldErrors
      ? Object.fromEntries(Object.entries(e.fieldErrors).map(([f, keys]) => [f, keys.map((k) => tr(k, e.values))]))
      : undefined;
    // With field errors the message sits next to the field; the form-level line only points there.
    const formError = fieldErrors ? tr("checkFields") : tr(e.userMessage, e.values);
    return { status: "error", code: e.code, formError, fieldErrors, values, requestId, details: e.details };
  }
  console.error(JSON.stringify({ level: "error", msg: "action failed", requestId, error: e instanceof Error ? e.stack : String(e) }));
  const t = await getTranslations("common.errors");
  return { status: "error", code: "internal", formError: t("generic", { requestId }), values, requestId };
}

interface UserCtx<I> {
  input: I;
  user: CurrentUser;
  requestId: string;
}
interface WorkspaceCtx<I> extends UserCtx<I> {
  actor: Actor;
  workspace: { id: string; slug: string; name: string };
}

/** The shared frame: read the payload, run the steps, turn any failure into form state. */
function action<T>(steps: (raw: Record<string, unknown>, requestId: string) => Promise<T>) {
  return async (_prev: ActionState<T>, payload: Payload): Promise<ActionState<T>> => {
    const raw = payloadToObject(payload);
    const requestId = await currentRequestId();
    try {
      return { status: "success", data: await steps(raw, requestId) };
    } catch (e) {
      return toErrorState(e, raw, requestId);
    }
  };
}

async function requireActionUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", { userMessage: "signedOut" });
  return user;
}

/** An action anyone may call (sign-up). */
export function publicAction<S extends z.ZodType, T>(schema: S, run: (ctx: { input: z.output<S>; requestId: string }) => Promise<T>) {
  return action((raw, requestId) => run({ input: schema.parse(raw), requestId }));
}

/** An action for any signed-in user (account settings, create workspace, accept invitation). */
export function userAction<S extends z.ZodType, T>(schema: S, run: (ctx: UserCtx<z.output<S>>) => Promise<T>) {
  return action(async (raw, requestId) => {
    const user = await requireActionUser();
    return run({ input: schema.parse(raw), user, requestId });
  });
}

/**
 * An action inside a workspace. The payload carries `workspaceSlug`; a workspace the user does
 * not belong to answers "not found", exactly like one that does not exist.
 */
export function workspaceAction<S extends z.ZodType, T>(schema: S, run: (ctx: WorkspaceCtx<z.output<S>>) => Promise<T>) {
  return action(async (raw, requestId) => {
    const user = await requireActionUser();
    const { workspaceSlug, ...rest } = raw;
    const found = await findMembership({ userId: user.id, slug: String(workspaceSlug ?? "") });
    if (!found) throw new AppError("not_found", { userMessage: "workspaceNotFound" });
    const { workspace, actor } = found;
    const input = schema.parse(rest);
    return run({ input, user, requestId, actor, workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name } });
  });
}
