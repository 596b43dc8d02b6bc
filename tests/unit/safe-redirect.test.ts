import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/safe-redirect";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/w/desk-demo/members")).toBe("/w/desk-demo/members");
    expect(safeCallbackUrl("/invite/abc?x=1")).toBe("/invite/abc?x=1");
  });
  it("refuses other sites and loops", () => {
    for (const bad of ["//evil.test", "https://evil.test", "/\\evil.test", "javascript:alert(1)", "", undefined, 42, "/signin?callbackUrl=/x"]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
