import { describe, expect, it } from "vitest";

import { MESSAGE_FILES, messagesFor } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

describe("UI messages", () => {
  it("every message file has the same keys in English and French", () => {
    for (const name of Object.keys(MESSAGE_FILES.en)) {
      const en = leaves(MESSAGE_FILES.en[name]!).sort();
      const fr = leaves(MESSAGE_FILES.fr[name] ?? {}).sort();
      expect({ file: name, missingInFrench: en.filter((k) => !fr.includes(k)), missingInEnglish: fr.filter((k) => !en.includes(k)) }).toEqual({
        file: name,
        missingInFrench: [],
        missingInEnglish: [],
      });
    }
  });

  it("no two files define the same key", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, tree] of Object.entries(MESSAGE_FILES.en)) {
      for (const key of leaves(tree)) {
        if (seen.has(key)) clashes.push(`${key} (${seen.get(key)} and ${name})`);
        seen.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("merges feature files into the common namespaces", () => {
    const en = messagesFor("en") as Tree;
    expect(typeof (en.nav as Tree).claims).toBe("string");
    expect(typeof (en.errors as Tree).notFound).toBe("string");
  });
});
