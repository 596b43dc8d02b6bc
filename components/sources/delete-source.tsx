"use client";
// Deleting a source: only one no claim names as its speaker (the server checks it too); the
// confirmation says it cannot be undone. Afterwards the list opens.
import { useTranslations } from "next-intl";

import { deleteSourceAction } from "@/app/(app)/w/[slug]/sources/actions";
import { DeleteButton } from "@/components/registry/delete-button";
import { idleState } from "@/lib/actions/state";

export function DeleteSourceButton({ slug, sourceId, name }: { slug: string; sourceId: string; name: string }) {
  const t = useTranslations("sources");
  return (
    <DeleteButton
      remove={() => deleteSourceAction(idleState, { workspaceSlug: slug, sourceId })}
      label={t("delete")}
      title={t("deleteTitle", { name })}
      description={t("deleteDescription")}
      confirmLabel={t("delete")}
      done={t("deleted", { name })}
      listHref={`/w/${slug}/sources`}
    />
  );
}
