// The shape every server action returns to its form (useActionState). Kept free of server
// imports so client components can use the types and the initial value.
import type { AppErrorCode } from "@/lib/errors";

export interface ActionState<T = unknown> {
  status: "idle" | "success" | "error";
  data?: T;
  /** Translated message for the whole form. */
  formError?: string;
  /** Translated messages per field name. */
  fieldErrors?: Record<string, string[]>;
  /** What the form sent (passwords excluded), so it can be shown again. */
  values?: Record<string, string>;
  code?: AppErrorCode | "internal";
  requestId?: string;
  details?: unknown;
}

export const idleState: ActionState<never> = { status: "idle" };
