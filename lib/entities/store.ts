// Database building blocks shared by entity resolution, queries and mutations: the registry lock,
// the row lock of one entity, and keeping `Entity.keys` in step with its name and confirmed aliases.
import "server-only";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

import { entityKeys } from "./match";
import type { EntityRef } from "./types";

/**
 * Serialises writes to a workspace's registry: two imports resolving "Koursk" at the same moment
 * must not create it twice, and a merge must not race a resolution into the entity it deletes.
 */
export async function lockRegistry(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`entities:${workspaceId}`}))`;
}

/** The actor's workspace's entity, row-locked for the rest of the transaction, or `not_found`. */
export async function loadForUpdate(tx: Tx, workspaceId: string, entityId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Entity" WHERE id = ${entityId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound("entityNotFound");
  return tx.entity.findUniqueOrThrow({ where: { id: entityId } });
}

/** Recomputes an entity's keys from its name and confirmed aliases; returns them. */
export async function refreshKeys(tx: Tx, entityId: string): Promise<string[]> {
  const e = await tx.entity.findUniqueOrThrow({
    where: { id: entityId },
    select: { name: true, keys: true, aliases: { where: { status: "confirmed" }, select: { alias: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const keys = entityKeys(e.name, e.aliases.map((a) => a.alias));
  if (keys.length !== e.keys.length || keys.some((k, i) => e.keys[i] !== k)) {
    await tx.entity.update({ where: { id: entityId }, data: { keys } });
  }
  return keys;
}

export function refOf(e: { id: string; name: string; type: EntityRef["type"]; description: string | null }): EntityRef {
  return { id: e.id, name: e.name, type: e.type, description: e.description };
}
