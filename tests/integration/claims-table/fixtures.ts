// Claims for the claims-table tests, written straight to the database (the claim mutations are
// tested on their own): an article with one version, then claims on it with whatever dates,
// verdicts, speakers and tags a test needs.
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";

const TEXT = "Le ministre affirme que « plus de 86\u00a0% du territoire » a été repris.";

export async function makeArticle(workspaceId: string, opts: { title?: string; outlet?: string | null } = {}) {
  const hash = createHash("sha256").update(randomUUID()).digest("hex");
  return db().article.create({
    data: {
      workspaceId,
      title: opts.title ?? `Article ${randomUUID().slice(0, 6)}`,
      outlet: opts.outlet === undefined ? "Le Monde" : opts.outlet,
      contentHash: hash,
      versions: {
        create: {
          version: 1,
          original: Buffer.from(TEXT),
          originalType: "text",
          text: TEXT,
          doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] },
          removed: [],
          contentHash: hash,
        },
      },
    },
  });
}

export async function verdictIds(workspaceId: string): Promise<Record<string, string>> {
  const rows = await db().verdict.findMany({ where: { workspaceId }, select: { id: true, key: true } });
  return Object.fromEntries(rows.map((v) => [v.key ?? v.id, v.id]));
}

export interface ClaimSpec {
  quote?: string;
  statement?: string;
  verdict?: string;
  updatedAt?: Date;
  createdAt?: Date;
  claimDate?: string | null;
  tags?: string[];
  assigneeId?: string | null;
  speakerIds?: string[];
  rationaleText?: string;
  evidence?: number;
}

export async function makeClaim(workspaceId: string, articleId: string, spec: ClaimSpec = {}) {
  const verdicts = await verdictIds(workspaceId);
  const verdictId = verdicts[spec.verdict ?? "unverified"];
  if (!verdictId) throw new Error(`no verdict ${spec.verdict}`);
  const claim = await db().claim.create({
    data: {
      workspaceId,
      articleId,
      quote: spec.quote ?? "plus de 86\u00a0% du territoire",
      anchor: { create: { version: 1, start: null, end: null } },
      statement: spec.statement ?? "",
      verdictId,
      tags: spec.tags ?? [],
      assigneeId: spec.assigneeId ?? null,
      claimDate: spec.claimDate ? new Date(`${spec.claimDate}T00:00:00Z`) : null,
      rationale: spec.rationaleText ? { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: spec.rationaleText }] }] } : undefined,
      rationaleText: spec.rationaleText ?? "",
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      ...(spec.updatedAt ? { updatedAt: spec.updatedAt } : {}),
      speakers: spec.speakerIds ? { create: spec.speakerIds.map((sourceId, position) => ({ sourceId, position })) } : undefined,
    },
  });
  for (let i = 0; i < (spec.evidence ?? 0); i++) {
    await db().evidence.create({ data: { claimId: claim.id, kind: "url", stance: "supports", url: `https://example.org/${i}` } });
  }
  return claim;
}

export async function makeSource(workspaceId: string, name: string, aliases: string[] = [], kind: "person" | "outlet" = "person") {
  return db().source.create({ data: { workspaceId, name, aliases, kind } });
}
