// The form-level message of a server-action form (useActionState), shown above the fields.
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionState } from "@/lib/actions/state";

/** Renders `state.formError`; with `onlyWithoutFields`, only when no field carries the message. */
export function FormError({ state, onlyWithoutFields = false }: { state: ActionState<unknown>; onlyWithoutFields?: boolean }) {
  if (state.status !== "error" || !state.formError) return null;
  if (onlyWithoutFields && state.fieldErrors) return null;
  return (
    <Alert variant="destructive" role="alert">
      <AlertDescription>{state.formError}</AlertDescription>
    </Alert>
  );
}
