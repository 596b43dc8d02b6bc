"use client";
// A form's submit button that shows a spinner and stays disabled while the action runs.
import { Loader2 } from "lucide-react";
import type * as React from "react";
import { Button } from "@/components/ui/button";

export function SubmitButton({ pending, disabled, children, ...props }: { pending: boolean } & Omit<React.ComponentProps<typeof Button>, "type">) {
  return (
    <Button {...props} type="submit" disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending && <Loader2 className="size-4 animate-spin" aria-hidden />}
      {children}
    </Button>
  );
}
