"use client";
// Runs a pipeline server action outside a <form> (a select that changes a role, a revoke
// button) and reports the outcome with a toast. Forms use useActionState directly.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/state";

type Action<T> = (prev: ActionState<T>, payload: Record<string, unknown>) => Promise<ActionState<T>>;

export function useAction<T>(action: Action<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function run(payload: Record<string, unknown>, opts: { success?: string; onSuccess?: (data: T | undefined) => void } = {}) {
    startTransition(async () => {
      const result = await action({ status: "idle" }, payload);
      if (result.status === "error") {
        toast.error(result.formError ?? "Error");
        return;
      }
      if (opts.success) toast.success(opts.success);
      opts.onSuccess?.(result.data);
      router.refresh();
    });
  }
  return { run, pending };
}
