// npm run db:migrate — apply pending prisma/migrations to the database.
// With DATABASE_URL (from the environment, .env.local or .env): migrates that database.
// Without: starts the embedded Postgres in CLAIMDESK_DATA_DIR (default .data/postgres),
// migrates it and stops it again.
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { envSchema } from "../lib/env";

function loadEnvFiles(): void {
  // Same precedence as Next.js: real environment, then .env.local, then .env.
  for (const file of [".env.local", ".env"]) {
    try {
      process.loadEnvFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

async function main(): Promise<void> {
  loadEnvFiles();
  const parsed = envSchema.pick({ DATABASE_URL: true, CLAIMDESK_DATA_DIR: true }).safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    CLAIMDESK_DATA_DIR: process.env.CLAIMDESK_DATA_DIR || undefined,
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid environment variables:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  }
  const { DATABASE_URL, CLAIMDESK_DATA_DIR } = parsed.data;
  const log = (message: string) => console.log(message);

  if (DATABASE_URL) {
    console.log(`Migrating ${redact(DATABASE_URL)}`);
    report(await migrate({ connectionString: DATABASE_URL, log }));
    return;
  }

  console.log(`DATABASE_URL is not set: using embedded Postgres in ${CLAIMDESK_DATA_DIR}`);
  const pg = await startEmbeddedPostgres({ dataDir: CLAIMDESK_DATA_DIR });
  try {
    if (pg.initialised) console.log(`Created a new Postgres cluster in ${pg.dataDir}`);
    report(await migrate({ connectionString: pg.url, log }));
  } finally {
    await pg.stop();
  }
}

function report({ applied }: { applied: string[] }): void {
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s): ${applied.join(", ")}`);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
