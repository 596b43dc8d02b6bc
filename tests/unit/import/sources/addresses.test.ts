import { describe, expect, it } from "vitest";
import { isPublicAddress, parseAllowHosts } from "@/lib/import/sources/fetch-url";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.0.0.2",
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.1",
    "198.18.0.1",
    "240.0.0.1",
    "::",
    "::1",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:8.8.8.8",
    "::127.0.0.1",
    "64:ff9b::a00:1",
    "2002:a00:1::1",
    "2001:0:4136:e378::1",
    "2001:db8::1",
    "not an address",
    "",
  ])("refuses %j", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4007:80f::200e"])("accepts %j", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("parseAllowHosts", () => {
  it("splits and trims the env var", () => {
    expect(parseAllowHosts(" 127.0.0.1, localhost ,,")).toEqual(["127.0.0.1", "localhost"]);
    expect(parseAllowHosts(undefined)).toEqual([]);
  });
});
