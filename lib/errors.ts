// Typed application errors. Expected failures carry a code, an HTTP status and a message meant
// for the user (a translation key under the "errors" namespace, with optional values); anything
// else is logged and shown as a generic message with a request id (see lib/actions/pipeline.ts).

export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "rate_limited"
  | "gone"
  | "bad_request";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  rate_limited: 429,
  gone: 410,
  bad_request: 400,
};

export interface AppErrorOptions {
  /** Translation key under "errors" (e.g. "slugTaken"); defaults to the code. */
  userMessage?: string;
  /** Values interpolated into the translated message. */
  values?: Record<string, string | number>;
  /** Field-level messages (translation keys) for forms. */
  fieldErrors?: Record<string, string[]>;
  /** Extra data for the client, e.g. the current record on a version conflict. */
  details?: unknown;
  status?: number;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly values?: Record<string, string | number>;
  readonly fieldErrors?: Record<string, string[]>;
  readonly details?: unknown;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(options.userMessage ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? STATUS[code];
    this.userMessage = options.userMessage ?? code;
    this.values = options.values;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

export const notFound = (what = "notFound") => new AppError("not_found", { userMessage: what });

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/**
 * Prisma's unique-constraint violation (P2002), recognised without importing the client. With
 * the pg driver adapter the failing constraint arrives as `constraint.fields` (column names) or
 * only `constraint.index` (e.g. "Workspace_slug_key"); both are matched against `field`.
 */
export function isUniqueViolation(e: unknown, field?: string): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as {
    code?: string;
    meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };
  };
  if (err.code !== "P2002") return false;
  if (!field) return true;
  const constraint = err.meta?.driverAdapterError?.cause?.constraint;
  const target = err.meta?.target;
  const names = [
    ...(Array.isArray(target) ? target : typeof target === "string" ? [target] : []),
    ...(constraint?.fields ?? []),
    ...(constraint?.index ? [constraint.index] : []),
  ].map((n) => String(n).replaceAll('"', ""));
  return names.some((n) => n === field || n.split("_").includes(field));
}
