"use client";
// Deleting a registry record: a button that asks first in an AlertDialog, then runs the delete
// action, says so in a toast and opens the list. A refusal from the server shows as an error toast.
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/state";

export function DeleteButton({
  remove,
  label,
  title,
  description,
  confirmLabel,
  done,
  listHref,
}: {
  remove: () => Promise<ActionState<unknown>>;
  /** The button's text. */
  label: string;
  /** The confirmation's title and what it says will happen. */
  title: string;
  description: string;
  /** The confirming button's text. */
  confirmLabel: string;
  /** The toast once deleted. */
  done: string;
  /** Where to go afterwards. */
  listHref: string;
}) {
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run() {
    startTransition(async () => {
      const result = await remove();
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(done);
      router.push(listHref);
    });
  }

  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive hover:text-destructive" disabled={pending} aria-busy={pending || undefined}>
          <Trash2Icon aria-hidden />
          {label}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={run}>
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
