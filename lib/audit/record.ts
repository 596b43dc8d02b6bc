// Append-only audit journal. Every mutation calls recordAudit() with the transaction client it
// is already using, so the event commits or rolls back together with the change it describes.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  workspaceId: string | null;
  actorId: string | null;
  /** Dotted verb, e.g. "workspace.create", "member.role_change". */
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  requestId?: string | null;
}

export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId ?? null,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
      requestId: event.requestId ?? null,
    },
  });
}
