import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { SourceRef } from "@/lib/claims/types";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createSourceSchema, foldName, type CreateSourceInput } from "./schemas";
import { fold, SOURCE_REF_COLUMNS, toSourceRef, type SourceRefRow } from "./sql";

/**
 * Serialises name checks within a workspace: two editors creating "Guérassimov" and
 * "Guerassimov" at the same moment cannot both pass the duplicate check.
 */
async function lockRegistry(tx: Tx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sources:${workspaceId}`}))`;
}

/** The source already named `name` (as its name or one of its aliases), ignoring case and accents. */
async function findByName(tx: Tx, workspaceId: string, name: string, exceptId?: string): Promise<SourceRef | null> {
  const rows = await tx.$queryRaw<SourceRefRow[]>`
    SELECT ${SOURCE_REF_COLUMNS}
    FROM "Source" s
    WHERE s."workspaceId" = ${workspaceId}::uuid
      ${exceptId ? Prisma.sql`AND s.id <> ${exceptId}::uuid` : Prisma.empty}
      AND ${fold(Prisma.sql`${name}`)} IN (
        SELECT ${fold(Prisma.sql`n`)} FROM unnest(array_prepend(s.name::text, coalesce(s.aliases, '{}'))) AS n
      )
    ORDER BY s."createdAt"
    LIMIT 1`;
  const row = rows[0];
  return row ? toSourceRef(row) : null;
}

function duplicate(existing: SourceRef): AppError {
  return new AppError("conflict", {
    userMessage: "sourceExists",
    values: { name: existing.name },
    fieldErrors: { name: ["sourceExists"] },
    details: { existing },
  });
}

/** An alias equal to the name itself adds nothing. */
function withoutName(aliases: string[], name: string): string[] {
  const key = foldName(name);
  return aliases.filter((a) => foldName(a) !== key);
}

function refOf(s: { id: string; name: string; kind: SourceRef["kind"]; description: string | null; reliability: SourceRef["reliability"] }): SourceRef {
  return { id: s.id, name: s.name, kind: s.kind, description: s.description, reliability: s.reliability };
}

/**
 * Adds a source to the workspace's registry. A name already used by another source (as its name
 * or an alias, ignoring case and accents) is a `conflict` whose details carry that source, so
 * the speaker picker can offer it instead.
 */
export async function createSource({ actor, input, requestId }: { actor: Actor; input: CreateSourceInput; requestId?: string }): Promise<SourceRef> {
  authorize(actor, "sources.write");
  const data = createSourceSchema.parse(input);
  return db().$transaction(async (tx) => {
    await lockRegistry(tx, actor.workspaceId);
    const existing = await findByName(tx, actor.workspaceId, data.name);
    if (existing) throw duplicate(existing);
    const source = await tx.source.create({
      data: {
        workspaceId: actor.workspaceId,
        name: data.name,
        kind: data.kind,
        description: data.description ?? null,
        url: data.url ?? null,
        country: data.country ?? null,
        aliases: withoutName(data.aliases ?? [], data.name),
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "source.create",
      targetType: "source",
      targetId: source.id,
      after: { name: source.name, kind: source.kind, description: source.description, url: source.url, country: source.country, aliases: source.aliases },
      requestId,
    });
    return refOf(source);
  });
}
