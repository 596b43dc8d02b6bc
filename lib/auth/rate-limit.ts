// Sign-in throttling, per email and per client IP, stored in Postgres (table rate_limits) so the
// limit holds across app instances. rate-limiter-flexible does the counting; we only count
// failures, and clear the email's counter on a successful sign-in.
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

interface Limiters {
  url: string;
  pool: pg.Pool;
  byEmail: RateLimiterPostgres;
  byIp: RateLimiterPostgres;
}

const globalForLimits = globalThis as unknown as { __claimdeskLimiters?: Limiters };

function limiters(): Limiters {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const current = globalForLimits.__claimdeskLimiters;
  if (current && current.url === url) return current;
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  // An idle client dropped by the server (restart, failover) must not crash the process; the
  // pool replaces it on the next query.
  pool.on("error", (e) => console.error(JSON.stringify({ level: "warn", msg: "rate-limit pool client error", error: e.message })));
  const { LOGIN_RATE_EMAIL_POINTS, LOGIN_RATE_IP_POINTS, LOGIN_RATE_WINDOW } = env();
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: LOGIN_RATE_WINDOW };
  const created: Limiters = {
    url,
    pool,
    byEmail: new RateLimiterPostgres({ ...common, keyPrefix: "login_email", points: LOGIN_RATE_EMAIL_POINTS, blockDuration: LOGIN_RATE_WINDOW }),
    byIp: new RateLimiterPostgres({ ...common, keyPrefix: "login_ip", points: LOGIN_RATE_IP_POINTS, blockDuration: LOGIN_RATE_WINDOW }),
  };
  globalForLimits.__claimdeskLimiters = created;
  return created;
}

function tooMany(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", {
    userMessage: "tooManyAttempts",
    values: { minutes: Math.ceil(retryAfterSeconds / 60), seconds: retryAfterSeconds },
    details: { retryAfterSeconds },
  });
}

/** Throws `rate_limited` (with the wait) when this email or IP has used up its failed attempts. */
export async function assertLoginAllowed({ email, ip }: { email: string; ip: string }): Promise<void> {
  const { byEmail, byIp } = limiters();
  const [e, i] = await Promise.all([byEmail.get(email), byIp.get(ip)]);
  const blocked = [
    e && e.consumedPoints >= byEmail.points ? e.msBeforeNext : 0,
    i && i.consumedPoints >= byIp.points ? i.msBeforeNext : 0,
  ];
  const wait = Math.max(...blocked);
  if (wait > 0) throw tooMany(wait);
}

/** Counts a failed attempt; throws `rate_limited` when this attempt used up the allowance. */
export async function recordLoginFailure({ email, ip }: { email: string; ip: string }): Promise<void> {
  const { byEmail, byIp } = limiters();
  const results = await Promise.allSettled([byEmail.consume(email), byIp.consume(ip)]);
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  for (const r of rejected) {
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
  }
  if (rejected.length > 0) {
    throw tooMany(Math.max(...rejected.map((r) => (r.reason as RateLimiterRes).msBeforeNext)));
  }
}

export async function clearLoginFailures({ email }: { email: string }): Promise<void> {
  await limiters().byEmail.delete(email);
}
