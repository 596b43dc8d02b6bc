import "server-only";
import { getTranslations } from "next-intl/server";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import type { VerdictDTO } from "@/lib/claims/types";
import { toVerdictAdminDTO, toVerdictDTO, type VerdictAdminDTO, type VerdictTranslator } from "./present";

interface ListOptions {
  actor: Actor;
  /**
   * Retired verdicts stay on the claims that have them, so anything that shows a claim's verdict
   * needs them: true by default. Pass false for a list of verdicts one may still give (or use
   * <VerdictSelect>, which hides them itself).
   */
  includeRetired?: boolean;
}

/** The workspace's verdict rows in the order admins gave them. */
export async function listVerdicts({ actor, includeRetired = true }: ListOptions) {
  authorize(actor, "workspace.read");
  return db().verdict.findMany({
    where: { workspaceId: actor.workspaceId, ...(includeRetired ? {} : { retiredAt: null }) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}

/** The "verdicts" translator of the request's language (or of `locale`, e.g. for an export). */
export async function verdictTranslator(locale?: Locale): Promise<VerdictTranslator> {
  return locale ? getTranslations({ locale, namespace: "verdicts" }) : getTranslations("verdicts");
}

/**
 * The verdict set as the UI shows it, names resolved in the request's language. For server pages
 * and route handlers (anything that runs inside a request next-intl knows about).
 */
export async function getVerdictsForUi({ locale, ...options }: ListOptions & { locale?: Locale }): Promise<VerdictDTO[]> {
  const [rows, t] = await Promise.all([listVerdicts(options), verdictTranslator(locale)]);
  return rows.map((row) => toVerdictDTO(row, t));
}

/**
 * The settings page's view: also tells the admin's own texts from the defaults, and how many
 * claims have each verdict (what retiring it would leave in place).
 */
export async function getVerdictsForSettings({ actor }: { actor: Actor }): Promise<Array<VerdictAdminDTO & { claimCount: number }>> {
  const [rows, t, counts] = await Promise.all([
    listVerdicts({ actor }),
    verdictTranslator(),
    db().claim.groupBy({ by: ["verdictId"], where: { workspaceId: actor.workspaceId }, _count: { _all: true } }),
  ]);
  const byVerdict = new Map(counts.map((c) => [c.verdictId, c._count._all]));
  return rows.map((row) => ({ ...toVerdictAdminDTO(row, t), claimCount: byVerdict.get(row.id) ?? 0 }));
}
