import { describe, expect, it } from "vitest";

import { colorContrastReport, contrastRatio, normalizeHexColor, readableTextColor, relativeLuminance, THEME_BACKGROUNDS } from "@/lib/verdicts/color";
import { DEFAULT_VERDICTS } from "@/lib/verdicts/defaults";
import { updateVerdictSchema, verdictColorSchema, verdictNameKey } from "@/lib/verdicts/schemas";

describe("colour arithmetic (WCAG 2.x)", () => {
  it("matches the reference values", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 6);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 6);
    // WebAIM's checker: #767676 on white is the classic 4.54:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("normalises #RGB and upper case, refuses anything else", () => {
    expect(normalizeHexColor(" #0F766E ")).toBe("#0f766e");
    expect(normalizeHexColor("#abc")).toBe("#aabbcc");
    for (const bad of ["0f766e", "#0f766", "#ggg", "red", "#0f766e00", ""]) expect(normalizeHexColor(bad)).toBeNull();
  });

  it("picks the text colour that reads best, at least 4.5:1 for any background", () => {
    expect(readableTextColor("#dc2626")).toBe("#ffffff");
    expect(readableTextColor("#fde047")).toBe("#000000");
    for (let i = 0; i < 4096; i += 7) {
      const hex = `#${i.toString(16).padStart(3, "0")}`;
      expect(contrastRatio(normalizeHexColor(hex)!, readableTextColor(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("every default colour stays visible on both themes", () => {
    for (const v of DEFAULT_VERDICTS) {
      const r = colorContrastReport(v.color);
      expect({ key: v.key, light: r.lightOk, dark: r.darkOk, text: r.textContrast >= 4.5 }).toEqual({ key: v.key, light: true, dark: true, text: true });
    }
  });

  it("the schema refuses colours lost on one of the themes", () => {
    expect(verdictColorSchema.safeParse("#FDE047").error?.issues[0]?.message).toBe("verdictColorLowContrast");
    expect(verdictColorSchema.safeParse("#101215").error?.issues[0]?.message).toBe("verdictColorLowContrast");
    expect(verdictColorSchema.safeParse("#12").error?.issues[0]?.message).toBe("verdictColorInvalid");
    expect(verdictColorSchema.parse("#0F766E")).toBe("#0f766e");
    expect(contrastRatio(THEME_BACKGROUNDS.light, THEME_BACKGROUNDS.dark)).toBeGreaterThan(15);
  });
});

describe("verdict inputs", () => {
  it("compares names ignoring case, accents and spacing", () => {
    expect(verdictNameKey("  Vérifié ")).toBe(verdictNameKey("VERIFIE"));
    expect(verdictNameKey("Plutôt  vrai")).toBe(verdictNameKey("plutot vrai"));
    expect(verdictNameKey("Faux")).not.toBe(verdictNameKey("Faux ami"));
  });

  it("reads checkboxes and numbers as forms post them, and leaves absent fields out", () => {
    const id = "0197a3c2-0000-7000-8000-000000000001";
    expect(updateVerdictSchema.parse({ verdictId: id, rating: "4", requiresEvidence: "on" })).toEqual({ verdictId: id, rating: 4, requiresEvidence: true });
    expect(updateVerdictSchema.parse({ verdictId: id, requiresEvidence: false, name: " Plutôt\u00a0vrai " })).toEqual({ verdictId: id, requiresEvidence: false, name: "Plutôt vrai" });
  });
});
