// npm run db:seed — creates (or resets) the demo workspace. With DATABASE_URL unset it seeds
// the embedded database in .data/postgres; an external database is seeded only when asked,
// which running this command is.
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDemoCredentials, seedDemo } from "@/lib/seed/demo";

const config = env();
const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: config.CLAIMDESK_DATA_DIR });
if (embedded) process.env.DATABASE_URL = embedded.url;
try {
  await migrate({ connectionString: process.env.DATABASE_URL! });
  await seedDemo();
  console.log(formatDemoCredentials());
} finally {
  await disconnectDb();
  await embedded?.stop();
}
