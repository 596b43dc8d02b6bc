// The one Prisma client. Prisma 7 runs without a native engine through the pg driver adapter.
// Kept on globalThis so dev-mode hot reloads and test files don't open a pool per import.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { __claimdeskPrisma?: PrismaClient; __claimdeskPrismaUrl?: string };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it starts embedded Postgres and sets it), or set DATABASE_URL to an external Postgres.",
    );
  }
  return url;
}

/** The shared client, created on first use for the current DATABASE_URL. */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!globalForDb.__claimdeskPrisma || globalForDb.__claimdeskPrismaUrl !== url) {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    globalForDb.__claimdeskPrisma = new PrismaClient({ adapter });
    globalForDb.__claimdeskPrismaUrl = url;
  }
  return globalForDb.__claimdeskPrisma;
}

/** Shorthand used across lib/: `db().user.findUnique(...)`. */
export const db = getDb;

/** A transaction client, as passed to `db().$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function disconnectDb(): Promise<void> {
  await globalForDb.__claimdeskPrisma?.$disconnect();
  globalForDb.__claimdeskPrisma = undefined;
  globalForDb.__claimdeskPrismaUrl = undefined;
}
