"use client";
// Confirm / Reject buttons of one alias, for the review queue and the entity page. Each button says
// what it decides for whom (aria-label), the result comes back as a toast, and the page refreshes.
import { CheckIcon, Loader2Icon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import { confirmAliasAction, rejectAliasAction } from "@/app/(app)/w/[slug]/entities/actions";
import { Button } from "@/components/ui/button";
import { idleState } from "@/lib/actions/state";

export function AliasDecisionButtons({
  slug,
  aliasId,
  alias,
  entityName,
  show = ["confirm", "reject"],
  labels = "queue",
}: {
  slug: string;
  aliasId: string;
  alias: string;
  entityName: string;
  show?: ("confirm" | "reject")[];
  /** "queue": Confirm/Reject; "entity": the entity page's wording for taking back or restoring. */
  labels?: "queue" | "entity";
}) {
  const t = useTranslations("entities");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"confirm" | "reject" | null>(null);

  function decide(what: "confirm" | "reject") {
    setRunning(what);
    startTransition(async () => {
      const payload = { workspaceSlug: slug, aliasId };
      const result = what === "confirm" ? await confirmAliasAction(idleState, payload) : await rejectAliasAction(idleState, payload);
      setRunning(null);
      if (result.status === "error") {
        toast.error(result.formError ?? tc("errors.genericNoReference"));
        return;
      }
      const values = { alias, name: entityName };
      if (what === "confirm") toast.success(t("queue.confirmed", values));
      else {
        const count = (result.data as { claimsUnlinked?: number } | undefined)?.claimsUnlinked ?? 0;
        toast.success(count > 0 ? t("queue.rejectedUnlinked", { ...values, count }) : t("queue.rejected", values));
      }
      router.refresh();
    });
  }

  const values = { alias, name: entityName };
  return (
    <div className="flex shrink-0 items-center gap-1.5">
      {show.includes("confirm") && (
        <Button
          type="button"
          size="sm"
          variant={labels === "queue" ? "default" : "outline"}
          disabled={pending}
          aria-busy={running === "confirm" || undefined}
          aria-label={labels === "queue" ? t("queue.confirmLabel", values) : t("restoreLabel", values)}
          onClick={() => decide("confirm")}
        >
          {running === "confirm" ? <Loader2Icon className="animate-spin" aria-hidden /> : <CheckIcon aria-hidden />}
          {labels === "queue" ? t("queue.confirm") : t("restore")}
        </Button>
      )}
      {show.includes("reject") && (
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={pending}
          aria-busy={running === "reject" || undefined}
          aria-label={labels === "queue" ? t("queue.rejectLabel", values) : t("takeBackLabel", values)}
          onClick={() => decide("reject")}
        >
          {running === "reject" ? <Loader2Icon className="animate-spin" aria-hidden /> : <XIcon aria-hidden />}
          {labels === "queue" ? t("queue.reject") : t("takeBack")}
        </Button>
      )}
    </div>
  );
}
