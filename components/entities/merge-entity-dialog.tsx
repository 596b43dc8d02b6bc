"use client";
// Merging two entities (editors): find the other one by any spelling, choose whose name stays, then
// confirm in an AlertDialog that says what happens. Nothing runs before that confirmation.
import { useTranslations } from "next-intl";

import { mergeEntitiesAction, searchEntitiesAction } from "@/app/(app)/w/[slug]/entities/actions";
import { MergeDialog } from "@/components/registry/merge-dialog";
import { idleState } from "@/lib/actions/state";
import type { EntityListItem, EntityRef } from "@/lib/entities/types";

import { EntityTypeLabel } from "./entity-badges";

export function MergeEntityDialog({ slug, entity }: { slug: string; entity: EntityRef }) {
  const t = useTranslations("entities");
  return (
    <MergeDialog<EntityListItem>
      namespace="entities"
      current={entity}
      effects={["effectAliases", "effectClaims", "effectDelete"]}
      search={(q) => searchEntitiesAction(idleState, { workspaceSlug: slug, q, excludeId: entity.id, limit: 8 })}
      merge={(ids) => mergeEntitiesAction(idleState, { workspaceSlug: slug, ...ids })}
      hrefOf={(id) => `/w/${slug}/entities/${id}`}
      describe={(e) => (
        <>
          <EntityTypeLabel type={e.type} />
          <span>{t("claimsCount", { count: e.claimCount })}</span>
          {e.aliases.length > 0 && <span className="truncate">{t("aka", { aliases: e.aliases.join(", ") })}</span>}
        </>
      )}
    />
  );
}
