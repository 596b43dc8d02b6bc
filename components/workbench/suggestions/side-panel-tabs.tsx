"use client";
// The side panel's two lists when no claim is open: the article's claims, and the suggestions
// waiting for a decision (with their count). The workbench hands in the claims list it already
// renders; clicking a suggestion's words in the article switches to the suggestions.
import { ListIcon, SparklesIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

import { SuggestionsSection } from "./suggestions-section";
import type { SidePanelTab, SuggestionsController } from "./use-suggestions";

export function SidePanelTabs({
  workspaceSlug,
  controller,
  canWrite,
  claimsList,
}: {
  workspaceSlug: string;
  controller: SuggestionsController;
  canWrite: boolean;
  /** The workbench's claims list, shown under "Claims". */
  claimsList: React.ReactNode;
}) {
  const t = useTranslations("suggestions.tabs");
  const count = controller.status === "ready" ? controller.list.length : null;
  return (
    <Tabs value={controller.tab} onValueChange={(v) => controller.setTab(v as SidePanelTab)} className="grid min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-3">
      <TabsList aria-label={t("label")} className="w-full">
        <TabsTrigger value="claims" data-testid="tab-claims">
          <ListIcon aria-hidden />
          {t("claims")}
        </TabsTrigger>
        <TabsTrigger value="suggestions" data-testid="tab-suggestions">
          <SparklesIcon aria-hidden />
          {t("suggestions")}
          {count !== null && count > 0 && (
            <span className="rounded-full bg-cyan-700/10 px-1.5 text-xs text-cyan-800 tabular-nums dark:bg-cyan-300/15 dark:text-cyan-200">{count}</span>
          )}
        </TabsTrigger>
      </TabsList>
      {/* Kept mounted: switching tabs does not rebuild a long claims list. */}
      <TabsContent value="claims" forceMount className="grid min-h-0 data-[state=inactive]:hidden">
        {claimsList}
      </TabsContent>
      <TabsContent value="suggestions" className="grid min-h-0">
        <SuggestionsSection workspaceSlug={workspaceSlug} controller={controller} canWrite={canWrite} active={controller.tab === "suggestions"} />
      </TabsContent>
    </Tabs>
  );
}
