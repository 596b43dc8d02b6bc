import "server-only";
import { authorize, type Actor } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { defaultVerdictRows } from "@/lib/verdicts/defaults";
import {
  createWorkspaceSchema,
  deleteWorkspaceSchema,
  updateWorkspaceSchema,
  type CreateWorkspaceInput,
  type DeleteWorkspaceInput,
  type UpdateWorkspaceInput,
} from "./schemas";

/** Any signed-in user may create a workspace; they become its owner. */
export async function createWorkspace({ userId, input, requestId }: { userId: string; input: CreateWorkspaceInput; requestId?: string }) {
  const data = createWorkspaceSchema.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const workspace = await tx.workspace.create({ data: { name: data.name, slug: data.slug } });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "owner" } });
      await tx.verdict.createMany({ data: defaultVerdictRows(workspace.id) });
      await recordAudit(tx, {
        workspaceId: workspace.id,
        actorId: userId,
        action: "workspace.create",
        targetType: "workspace",
        targetId: workspace.id,
        after: { name: workspace.name, slug: workspace.slug },
        requestId,
      });
      return workspace;
    });
  } catch (e) {
    if (isUniqueViolation(e, "slug")) {
      throw new AppError("conflict", { userMessage: "slugTaken", fieldErrors: { slug: ["slugTaken"] } });
    }
    throw e;
  }
}

export async function updateWorkspace({ actor, input, requestId }: { actor: Actor; input: UpdateWorkspaceInput; requestId?: string }) {
  authorize(actor, "workspace.settings");
  const data = updateWorkspaceSchema.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
    const after = await tx.workspace.update({ where: { id: actor.workspaceId }, data: { name: data.name } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "workspace.update",
      targetType: "workspace",
      targetId: actor.workspaceId,
      before: { name: before.name },
      after: { name: after.name },
      requestId,
    });
    return after;
  });
}

/** Owners only; the user must type the slug to confirm. Memberships and invitations cascade. */
export async function deleteWorkspace({ actor, input, requestId }: { actor: Actor; input: DeleteWorkspaceInput; requestId?: string }) {
  authorize(actor, "workspace.delete");
  const data = deleteWorkspaceSchema.parse(input);
  await db().$transaction(async (tx) => {
    const ws = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
    if (data.confirmSlug !== ws.slug) {
      throw new AppError("validation", { userMessage: "confirmSlugMismatch", fieldErrors: { confirmSlug: ["confirmSlugMismatch"] } });
    }
    await recordAudit(tx, {
      workspaceId: ws.id,
      actorId: actor.userId,
      action: "workspace.delete",
      targetType: "workspace",
      targetId: ws.id,
      before: { name: ws.name, slug: ws.slug },
      requestId,
    });
    await tx.workspace.delete({ where: { id: ws.id } });
  });
}
