// The UI messages of each locale. The common namespaces live in messages/<locale>.json; each
// feature keeps its own namespaces in messages/<locale>/<feature>.json so features can grow their
// texts without touching one shared file. They are merged here (deeply, so a feature may also add
// keys to a shared namespace such as "errors"); tests/unit/i18n/messages.test.ts checks that the
// locales have the same keys and that no two files define the same one.
import type { AbstractIntlMessages } from "next-intl";

import en from "@/messages/en.json" with { type: "json" };
import enClaimErrors from "@/messages/en/claim-errors.json" with { type: "json" };
import enClaimPanel from "@/messages/en/claim-panel.json" with { type: "json" };
import enClaims from "@/messages/en/claims.json" with { type: "json" };
import enClaimsTable from "@/messages/en/claims-table.json" with { type: "json" };
import enEntities from "@/messages/en/entities.json" with { type: "json" };
import enIntelligence from "@/messages/en/intelligence.json" with { type: "json" };
import enRelations from "@/messages/en/relations.json" with { type: "json" };
import enSources from "@/messages/en/sources.json" with { type: "json" };
import enSuggestions from "@/messages/en/suggestions.json" with { type: "json" };
import enWorkbench from "@/messages/en/workbench.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import frClaimErrors from "@/messages/fr/claim-errors.json" with { type: "json" };
import frClaimPanel from "@/messages/fr/claim-panel.json" with { type: "json" };
import frClaims from "@/messages/fr/claims.json" with { type: "json" };
import frClaimsTable from "@/messages/fr/claims-table.json" with { type: "json" };
import frEntities from "@/messages/fr/entities.json" with { type: "json" };
import frIntelligence from "@/messages/fr/intelligence.json" with { type: "json" };
import frRelations from "@/messages/fr/relations.json" with { type: "json" };
import frSources from "@/messages/fr/sources.json" with { type: "json" };
import frSuggestions from "@/messages/fr/suggestions.json" with { type: "json" };
import frWorkbench from "@/messages/fr/workbench.json" with { type: "json" };

import type { Locale } from "./config";

type Tree = { [key: string]: string | Tree };

/** Every message file of each locale, by name (the name is only used in test failures). */
export const MESSAGE_FILES: Record<Locale, Record<string, Tree>> = {
  en: { base: en, "claim-errors": enClaimErrors, "claim-panel": enClaimPanel, claims: enClaims, "claims-table": enClaimsTable, entities: enEntities, intelligence: enIntelligence, relations: enRelations, sources: enSources, suggestions: enSuggestions, workbench: enWorkbench },
  fr: { base: fr, "claim-errors": frClaimErrors, "claim-panel": frClaimPanel, claims: frClaims, "claims-table": frClaimsTable, entities: frEntities, intelligence: frIntelligence, relations: frRelations, sources: frSources, suggestions: frSuggestions, workbench: frWorkbench },
};

function merge(into: Tree, from: Tree): Tree {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = typeof v === "object" && typeof cur === "object" ? merge({ ...cur }, v) : v;
  }
  return into;
}

const merged = new Map<Locale, AbstractIntlMessages>();

/** The merged messages of a locale (computed once per process). */
export function messagesFor(locale: Locale): AbstractIntlMessages {
  let m = merged.get(locale);
  if (!m) {
    m = Object.values(MESSAGE_FILES[locale]).reduce<Tree>((acc, file) => merge(acc, file), {});
    merged.set(locale, m);
  }
  return m;
}
