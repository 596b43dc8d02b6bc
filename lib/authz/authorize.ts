// The one authorisation check. It throws; it refuses any role or permission it does not know
// (a typo must never grant access), and it is called by every mutation after the membership
// has been loaded from the database — never from middleware alone.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "./permissions";

export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
}

export function can(role: Role, permission: Permission): boolean {
  if (!(PERMISSIONS as readonly string[]).includes(permission)) return false;
  const granted = (ROLE_PERMISSIONS as Record<string, ReadonlySet<Permission> | undefined>)[role];
  return granted?.has(permission) ?? false;
}

/** Throws `forbidden` unless the actor's role grants `permission`. Unknown roles/permissions throw too. */
export function authorize(actor: Pick<Actor, "role">, permission: Permission): void {
  if (!(PERMISSIONS as readonly string[]).includes(permission)) {
    throw new Error(`authorize(): unknown permission "${String(permission)}"`);
  }
  if (!Object.hasOwn(ROLE_PERMISSIONS, actor.role)) {
    throw new Error(`authorize(): unknown role "${String(actor.role)}"`);
  }
  if (!can(actor.role, permission)) {
    throw new AppError("forbidden", { userMessage: "forbidden", values: { permission } });
  }
}
