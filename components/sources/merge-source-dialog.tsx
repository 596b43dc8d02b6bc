"use client";
// Merging two sources (admins and owners): find the other source by name or alias, choose which
// one stays, then confirm in an AlertDialog that says exactly what happens. The merge cannot be
// undone, so nothing runs before that confirmation.
import { mergeSourcesAction, searchSourcesAction } from "@/app/(app)/w/[slug]/sources/actions";
import { MergeDialog } from "@/components/registry/merge-dialog";
import { idleState } from "@/lib/actions/state";
import type { SourceRef } from "@/lib/claims/types";

import { KindLabel, ReliabilityBadge } from "./source-badges";

export function MergeSourceDialog({ slug, source }: { slug: string; source: SourceRef }) {
  return (
    <MergeDialog<SourceRef>
      namespace="sources"
      current={source}
      effects={["effectClaims", "effectAliases", "effectReliability", "effectFields", "effectDelete"]}
      search={(q) => searchSourcesAction(idleState, { workspaceSlug: slug, q, limit: 8 })}
      merge={(ids) => mergeSourcesAction(idleState, { workspaceSlug: slug, ...ids })}
      hrefOf={(id) => `/w/${slug}/sources/${id}`}
      describe={(s) => (
        <>
          <KindLabel kind={s.kind} />
          {s.description && <span className="truncate">{s.description}</span>}
        </>
      )}
      badge={(s) => <ReliabilityBadge reliability={s.reliability} />}
    />
  );
}
