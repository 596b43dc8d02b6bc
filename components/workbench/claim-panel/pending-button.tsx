"use client";
// A plain (non-submit) button with SubmitButton's pending look: spinner, disabled and aria-busy
// while its action runs. The panel's sections are not <form>s (the speaker creation form sits
// inside the claim form, and forms cannot nest), so their buttons are not submit buttons.
import { Loader2 } from "lucide-react";
import type * as React from "react";

import { Button } from "@/components/ui/button";

export function PendingButton({ pending, disabled, children, ...props }: { pending: boolean } & React.ComponentProps<typeof Button>) {
  return (
    <Button {...props} disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending && <Loader2 className="size-4 animate-spin" aria-hidden />}
      {children}
    </Button>
  );
}
