import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      CLAIMDESK_DATA_DIR: ".data/postgres",
      PORT: 3000,
      SESSION_MAX_AGE: 8 * 60 * 60,
      LOGIN_RATE_EMAIL_POINTS: 5,
      LOGIN_RATE_IP_POINTS: 20,
      LOGIN_RATE_WINDOW: 15 * 60,
      TRUST_PROXY: false,
      LOG_LEVEL: "info",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("coerces numbers and booleans", () => {
    const env = parseEnv({ PORT: "8080", TRUST_PROXY: "yes", CLAIMDESK_SEED_DEMO: "0" });
    expect(env).toMatchObject({ PORT: 8080, TRUST_PROXY: true, CLAIMDESK_SEED_DEMO: false });
  });

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db" }).DATABASE_URL).toBe("postgres://u:p@127.0.0.1:5432/db");
    expect(parseEnv({ DATABASE_URL: "postgresql://127.0.0.1/db" }).DATABASE_URL).toBe("postgresql://127.0.0.1/db");
  });

  it("names the variable when a value is bad", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/PORT:/);
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL:/);
  });

  it("names every bad variable at once", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "abc" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid environment variables:/);
    expect(message).toContain("DATABASE_URL:");
    expect(message).toContain("PORT:");
  });

  it("requires NEXTAUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "too-short" })).toThrow(/NEXTAUTH_SECRET:/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NODE_ENV).toBe("production");
  });
});
