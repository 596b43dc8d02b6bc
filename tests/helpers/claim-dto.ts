// A claim as the workbench receives it (ClaimDTO), for the claim panel's unit tests: the "86 %"
// claim of corpus article 004, unverified, without rationale; tests override what they need.
import type { ClaimDTO } from "@/lib/claims/types";

const VERDICT_UNVERIFIED = "00000000-0000-7000-8000-0000000000a1";

export function claimDTO(over: Partial<ClaimDTO> = {}): ClaimDTO {
  return {
    id: "00000000-0000-7000-8000-00000000c1a1",
    articleId: "00000000-0000-7000-8000-00000000a271",
    version: 3,
    anchorVersion: 1,
    anchorStatus: "anchored",
    quote: "plus de 86\u00A0% du territoire",
    prefix: "",
    suffix: "",
    start: 10,
    end: 36,
    statement: "La Russie dit avoir repris plus de 86\u00A0% du territoire de Koursk",
    verdictId: VERDICT_UNVERIFIED,
    rationale: null,
    rationaleText: "",
    claimDate: "2025-03-12",
    firstSeenUrl: null,
    firstSeenAt: null,
    tags: ["koursk"],
    priority: "normal",
    assignee: null,
    quantities: [],
    speakers: [],
    evidenceCount: 0,
    createdAt: "2025-03-12T10:00:00.000Z",
    updatedAt: "2025-03-12T10:00:00.000Z",
    updatedBy: null,
    ...over,
  };
}
