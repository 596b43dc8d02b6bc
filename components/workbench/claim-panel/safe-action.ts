// A server action call that never throws: a dropped connection, a body over the server's size
// limit or a crashed render come back as an error state the panel can show, like any refusal.
import type { ActionState } from "@/lib/actions/state";

export async function safeAction<T>(call: Promise<ActionState<T>>, formError: string): Promise<ActionState<T>> {
  try {
    return await call;
  } catch {
    return { status: "error", code: "internal", formError };
  }
}
