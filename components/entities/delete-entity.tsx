"use client";
// Deleting an entity (a name the engine mistook for one): its spellings and claim links go, the
// claims stay. Afterwards the list opens.
import { useTranslations } from "next-intl";

import { deleteEntityAction } from "@/app/(app)/w/[slug]/entities/actions";
import { DeleteButton } from "@/components/registry/delete-button";
import { idleState } from "@/lib/actions/state";

export function DeleteEntityButton({ slug, entityId, name }: { slug: string; entityId: string; name: string }) {
  const t = useTranslations("entities.delete");
  return (
    <DeleteButton
      remove={() => deleteEntityAction(idleState, { workspaceSlug: slug, entityId })}
      label={t("open")}
      title={t("title", { name })}
      description={t("description")}
      confirmLabel={t("confirm")}
      done={t("done", { name })}
      listHref={`/w/${slug}/entities`}
    />
  );
}
