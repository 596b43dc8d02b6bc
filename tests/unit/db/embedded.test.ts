import { describe, expect, it } from "vitest";

import { sharedBuffers } from "@/lib/db/embedded";

const GiB = 2 ** 30;

describe("sharedBuffers", () => {
  it("gives Postgres a quarter of the machine's memory, between its own 128 MB default and 2 GB", () => {
    expect(sharedBuffers(24 * GiB)).toBe("2048MB");
    expect(sharedBuffers(4 * GiB)).toBe("1024MB");
    expect(sharedBuffers(GiB)).toBe("256MB");
    expect(sharedBuffers(GiB / 4)).toBe("128MB");
  });
});
