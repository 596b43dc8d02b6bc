// Inputs of relation mutations (issue 5). Messages are translation keys under "errors". Shared by
// the server actions and the claim panel (no server imports).
import { z } from "zod";

import { RELATION_TYPES } from "./types";

const id = z.uuid({ error: "notFound" });

export const relationIdSchema = z.object({ relationId: id });
export type RelationIdInput = z.input<typeof relationIdSchema>;

/** An editor links two claims by hand. "broader" is stored as "narrower" the other way round. */
export const addRelationSchema = z
  .object({ fromClaimId: id, toClaimId: id, type: z.enum(RELATION_TYPES) })
  .refine((v) => v.fromClaimId !== v.toClaimId, { message: "relationSelf", path: ["toClaimId"] });
export type AddRelationInput = z.input<typeof addRelationSchema>;

export const claimIdSchema = z.object({ claimId: id });
