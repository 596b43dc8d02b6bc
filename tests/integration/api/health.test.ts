import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";

describe("GET /api/health", () => {
  const realUrl = process.env.DATABASE_URL;
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = realUrl;
  });

  it("answers 200 with the database status when Postgres is up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true } });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 when the database is unreachable", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:1/claimdesk";
    const res = await GET();
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe("degraded");
    expect(body.database.ok).toBe(false);
    expect(typeof body.database.error).toBe("string");
  });
});
