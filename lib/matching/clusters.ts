// Clusters: claims confirmed to assert the same thing (confirmed `same_as` relations), grouped
// under Claim.clusterId. Kept incrementally — confirming merges two clusters (the smaller one is
// relabelled), dismissing or removing a confirmed `same_as` re-splits only that cluster, and only
// when it became disconnected. Nothing ever walks the whole workspace.
//
// Cluster changes of one workspace are serialised by a transaction-scoped advisory lock, so two
// editors confirming at the same time cannot leave half-merged clusters.
import "server-only";
import { randomUUID } from "node:crypto";

import type { Tx } from "@/lib/db";

async function lockClusters(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim-clusters:${workspaceId}`}, 0))`;
}

/** Puts claims `a` and `b` in one cluster; returns its id. */
export async function mergeClusters(tx: Tx, workspaceId: string, a: string, b: string): Promise<string> {
  await lockClusters(tx, workspaceId);
  const rows = await tx.$queryRaw<{ id: string; clusterId: string | null }[]>`
    SELECT "id", "clusterId" FROM "Claim" WHERE "workspaceId" = ${workspaceId}::uuid AND "id" = ANY(${[a, b]}::uuid[])`;
  const ca = rows.find((r) => r.id === a)?.clusterId ?? null;
  const cb = rows.find((r) => r.id === b)?.clusterId ?? null;
  if (ca && ca === cb) return ca;
  if (!ca && !cb) {
    const id = randomUUID();
    await tx.$executeRaw`UPDATE "Claim" SET "clusterId" = ${id}::uuid WHERE "workspaceId" = ${workspaceId}::uuid AND "id" = ANY(${[a, b]}::uuid[])`;
    return id;
  }
  if (!ca || !cb) {
    const id = (ca ?? cb)!;
    const lone = ca ? b : a;
    await tx.$executeRaw`UPDATE "Claim" SET "clusterId" = ${id}::uuid WHERE "workspaceId" = ${workspaceId}::uuid AND "id" = ${lone}::uuid`;
    return id;
  }
  // Two clusters: relabel the smaller.
  const sizes = await tx.$queryRaw<{ clusterId: string; n: number }[]>`
    SELECT "clusterId", count(*)::int AS n FROM "Claim"
     WHERE "workspaceId" = ${workspaceId}::uuid AND "clusterId" = ANY(${[ca, cb]}::uuid[]) GROUP BY "clusterId"`;
  const size = (id: string) => sizes.find((s) => s.clusterId === id)?.n ?? 0;
  const [keep, drop] = size(ca) >= size(cb) ? [ca, cb] : [cb, ca];
  await tx.$executeRaw`UPDATE "Claim" SET "clusterId" = ${keep}::uuid WHERE "workspaceId" = ${workspaceId}::uuid AND "clusterId" = ${drop}::uuid`;
  return keep;
}

/** Connected components of `ids` under `edges` (union–find), largest first. */
export function components(ids: readonly string[], edges: readonly [string, string][]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [u, v] of edges) {
    if (!parent.has(u) || !parent.has(v)) continue;
    const ru = find(u);
    const rv = find(v);
    if (ru !== rv) parent.set(ru, rv);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}

/**
 * Re-checks one cluster after a confirmed `same_as` inside it was dismissed or removed (or a
 * member deleted): the largest connected part keeps the id, other parts get new ids, claims left
 * alone leave the cluster. Costs the size of that cluster.
 */
export async function resplitCluster(tx: Tx, workspaceId: string, clusterId: string): Promise<void> {
  await lockClusters(tx, workspaceId);
  const members = (
    await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Claim" WHERE "workspaceId" = ${workspaceId}::uuid AND "clusterId" = ${clusterId}::uuid`
  ).map((r) => r.id);
  if (members.length === 0) return;
  const edges = await tx.$queryRaw<{ fromClaimId: string; toClaimId: string }[]>`
    SELECT "fromClaimId", "toClaimId" FROM "ClaimRelation"
     WHERE "type" = 'same_as' AND "status" = 'confirmed'
       AND "fromClaimId" = ANY(${members}::uuid[]) AND "toClaimId" = ANY(${members}::uuid[])`;
  const parts = components(members, edges.map((e) => [e.fromClaimId, e.toClaimId]));
  if (parts.length === 1 && parts[0]!.length > 1) return;
  const ids: string[] = [];
  const clusters: (string | null)[] = [];
  parts.forEach((part, i) => {
    const next = part.length === 1 ? null : i === 0 ? clusterId : randomUUID();
    if (next === clusterId) return;
    for (const id of part) {
      ids.push(id);
      clusters.push(next);
    }
  });
  await tx.$executeRaw`
    UPDATE "Claim" c SET "clusterId" = u."clusterId"
      FROM unnest(${ids}::uuid[], ${clusters}::uuid[]) AS u("id", "clusterId")
     WHERE c."id" = u."id" AND c."workspaceId" = ${workspaceId}::uuid`;
}
