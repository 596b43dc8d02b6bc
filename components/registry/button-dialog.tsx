"use client";
// A dialog opened by a button, whose body can close it: the shape of every registry dialog (new,
// edit, merge, split, link a claim). The body is a function of `close` so a form can shut the
// dialog once its action succeeded; it unmounts on close, so each opening starts afresh.
import type * as React from "react";
import { useState } from "react";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

export function ButtonDialog({
  trigger,
  title,
  description,
  className,
  children,
}: {
  /** The button that opens the dialog (rendered as the trigger itself). */
  trigger: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  /** Classes for the dialog panel, e.g. a wider `sm:max-w-xl`. */
  className?: string;
  children: (close: () => void) => React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className={className}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children(() => setOpen(false))}
      </DialogContent>
    </Dialog>
  );
}
