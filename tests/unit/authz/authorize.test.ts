import { describe, expect, it } from "vitest";
import { authorize, can } from "@/lib/authz/authorize";
import { PERMISSIONS, ROLES, type Permission } from "@/lib/authz/permissions";
import { AppError } from "@/lib/errors";

// The expected table, written out by hand so a change to lib/authz/permissions.ts must be
// mirrored here on purpose.
const EXPECTED: Record<(typeof ROLES)[number], Permission[]> = {
  viewer: ["workspace.read", "members.read", "comments.write", "reports.export"],
  editor: ["workspace.read", "members.read", "comments.write", "reports.export", "articles.import", "articles.edit", "claims.write", "verdicts.set", "sources.write"],
  admin: [
    "workspace.read", "members.read", "comments.write", "reports.export", "articles.import", "articles.edit", "claims.write", "verdicts.set", "sources.write",
    "verdicts.publish", "verdicts.manage", "sources.reliability", "sources.merge", "members.manage", "workspace.settings", "audit.read",
  ],
  owner: [...PERMISSIONS],
};

describe("authorize()", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = EXPECTED[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
        if (allowed) {
          expect(() => authorize({ role }, permission)).not.toThrow();
        } else {
          expect(() => authorize({ role }, permission)).toThrow(AppError);
          try {
            authorize({ role }, permission);
          } catch (e) {
            expect((e as AppError).code).toBe("forbidden");
            expect((e as AppError).status).toBe(403);
          }
        }
      });
    }
  }

  it("refuses a permission it does not know, for every role", () => {
    for (const role of ROLES) {
      expect(() => authorize({ role }, "claims.delete" as Permission)).toThrow(/unknown permission/);
      expect(can(role, "claims.delete" as Permission)).toBe(false);
    }
  });

  it("refuses a role it does not know", () => {
    expect(() => authorize({ role: "superuser" as never }, "workspace.read")).toThrow(/unknown role/);
    expect(() => authorize({ role: "__proto__" as never }, "workspace.read")).toThrow(/unknown role/);
    expect(can("superuser" as never, "workspace.read")).toBe(false);
  });
});
