"use client";
// Deleting an entity (a name the engine mistook for one): its spellings and claim links go, the
// claims stay. Afterwards the list opens.
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";

import { deleteEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
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
import { idleState } from "@/lib/actions/state";

export function DeleteEntityButton({ slug, entityId, name }: { slug: string; entityId: string; name: string }) {
  const t = useTranslations("entities.delete");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await deleteEntityAction(idleState, { workspaceSlug: slug, entityId });
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      toast.success(t("done", { name }));
      router.push(`/w/${slug}/entities`);
    });
  }

  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive hover:text-destructive" disabled={pending} aria-busy={pending || undefined}>
          <Trash2Icon aria-hidden />
          {t("open")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("title", { name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("description")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={remove}>
            {t("confirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

