import { describe, expect, it } from "vitest";
import { createSourceSchema, foldName, listSourcesSchema, searchSourcesSchema, updateSourceSchema } from "@/lib/sources/schemas";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

describe("foldName", () => {
  it("ignores case, accents (precomposed or combining), apostrophe style and spacing", () => {
    expect(foldName("Valeri  Guérassimov")).toBe("valeri guerassimov");
    expect(foldName("Gue\u0301rassimov")).toBe("guerassimov");
    expect(foldName("Ministère de l’Intérieur")).toBe(foldName("ministere de l'interieur"));
    expect(foldName("Sergueï\u00a0Choïgou")).toBe("serguei choigou");
  });
});

describe("createSourceSchema", () => {
  it("tidies the name (NFC, spaces), upper-cases the country and reads one alias per line", () => {
    const out = createSourceSchema.parse({
      name: "  Valeri\u00a0Gue\u0301rassimov ",
      kind: "person",
      country: "ru",
      aliases: "Gerasimov\r\n\nValery Gerasimov\ngerasimov\n",
      description: "",
      url: "",
    });
    expect(out).toEqual({ name: "Valeri Guérassimov", kind: "person", country: "RU", aliases: ["Gerasimov", "Valery Gerasimov"], description: null, url: null });
  });

  it("answers translation keys for each invalid field", () => {
    const r = createSourceSchema.safeParse({ name: "   ", kind: "alien", url: "ftp://x.org", country: "France", aliases: Array.from({ length: 31 }, (_, i) => `a${i}`) });
    expect(issues(r).sort()).toEqual(["aliases:tooManyAliases", "country:countryInvalid", "kind:sourceKindInvalid", "name:sourceNameRequired", "url:sourceUrlInvalid"]);
    expect(issues(createSourceSchema.safeParse({ name: "x".repeat(301), kind: "person" }))).toEqual(["name:sourceNameTooLong"]);
  });
});

describe("updateSourceSchema", () => {
  it("leaves absent fields out and turns empty ones into null (clear)", () => {
    const id = "0193a8f2-8b1e-7c4d-9a2b-3c4d5e6f7a8b";
    expect(updateSourceSchema.parse({ sourceId: id, aliases: "" })).toEqual({ sourceId: id, aliases: [] });
    expect(updateSourceSchema.parse({ sourceId: id, country: "", description: " " })).toEqual({ sourceId: id, country: null, description: null });
    expect(issues(updateSourceSchema.safeParse({ sourceId: "nope" }))).toEqual(["sourceId:notFound"]);
  });
});

describe("search and list parameters", () => {
  it("defaults the search and reads kinds from a list or a comma-separated string", () => {
    expect(searchSourcesSchema.parse({})).toEqual({ q: "", limit: 10 });
    expect(searchSourcesSchema.parse({ q: " Gue\u0301 ", limit: "5", kinds: "person,outlet" })).toEqual({ q: "Gué", limit: 5, kinds: ["person", "outlet"] });
    expect(searchSourcesSchema.safeParse({ limit: 500 }).success).toBe(false);
  });

  it("drops unexpected list filters instead of failing", () => {
    expect(listSourcesSchema.parse({ kind: "alien", reliability: "great", pageSize: "7" })).toEqual({ pageSize: 50 });
    expect(listSourcesSchema.parse({ kind: "outlet", reliability: "mixed" })).toMatchObject({ kind: "outlet", reliability: "mixed" });
  });
});
