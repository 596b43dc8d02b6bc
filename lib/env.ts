// Environment, parsed once by a zod schema (create-t3-app's env.js pattern). A bad value stops
// the process with a message naming the variable instead of failing later somewhere obscure.
import { z } from "zod";

const booleanish = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** External Postgres. Unset: the launcher starts embedded Postgres and sets it. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Where embedded Postgres keeps its data (only used when DATABASE_URL is unset). */
  CLAIMDESK_DATA_DIR: z.string().min(1).default(".data/postgres"),
  /** Secret that signs session tokens. Required in production; a fixed dev value otherwise. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Public base URL of the app, used in invitation links. */
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface Next listens on. Loopback by default: the demo passwords are public. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Session lifetime in seconds (default 8 hours: a newsroom shift). */
  SESSION_MAX_AGE: z.coerce.number().int().min(60).max(60 * 60 * 24 * 90).default(8 * 60 * 60),
  /** Failed sign-ins allowed per email / per IP within LOGIN_RATE_WINDOW seconds. */
  LOGIN_RATE_EMAIL_POINTS: z.coerce.number().int().min(1).default(5),
  LOGIN_RATE_IP_POINTS: z.coerce.number().int().min(1).default(20),
  LOGIN_RATE_WINDOW: z.coerce.number().int().min(1).default(15 * 60),
  /** Seed the demo workspace on start even with an external DATABASE_URL. */
  CLAIMDESK_SEED_DEMO: booleanish.optional(),
  /** Trust X-Forwarded-For for the client IP (set behind a reverse proxy). */
  TRUST_PROXY: booleanish.default(false),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * Hosts (names or IPs, comma-separated) that URL import may fetch even though they are private,
   * loopback or link-local — e.g. "127.0.0.1,localhost" for a local fixture server. Unset: none.
   */
  IMPORT_URL_ALLOW_HOSTS: z.string().optional(),
  /** Largest uploaded file, and largest file inside a .zip, in bytes (default 10 MB). */
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(10 * 1024 * 1024),
  /** Most files a .zip upload may hold (default 200). */
  IMPORT_ZIP_MAX_ENTRIES: z.coerce.number().int().min(1).default(200),
  /** Most bytes a .zip upload may expand to (default 50 MB). */
  IMPORT_ZIP_MAX_BYTES: z.coerce.number().int().min(1).default(50 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema>;

/** Parses `source`; throws an Error whose message names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  if (result.data.NODE_ENV === "production" && !result.data.NEXTAUTH_SECRET && !source.CLAIMDESK_ALLOW_DEV_SECRET) {
    // The launcher (scripts/start.ts) generates and persists a secret for the embedded setup,
    // so this only fires for hand-rolled production deployments.
    throw new Error("Invalid environment variables:\n  NEXTAUTH_SECRET: required in production");
  }
  return result.data;
}

let cached: Env | undefined;
/** The process environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
