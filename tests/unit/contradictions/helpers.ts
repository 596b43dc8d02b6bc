import type { ClaimFacts } from "@/lib/contradictions/types";

let n = 0;
/** A claim's facts for the rules: French unless told, no speakers, entities or date unless given. */
export function facts(text: string, extra: Partial<ClaimFacts> = {}): ClaimFacts {
  n++;
  return { id: `claim-${n}`, articleId: `article-${n}`, language: "fr", text, quote: text, quantities: [], speakers: [], entityIds: [], date: null, ...extra };
}
