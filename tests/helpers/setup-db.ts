// Integration setupFiles entry: runs in the worker before each test FILE is imported.
// Clones the migrated template into a database of the file's own and points DATABASE_URL at it,
// so lib/db (which reads DATABASE_URL lazily) talks to it and files can run in parallel without
// seeing each other's rows.
import { afterAll } from "vitest";
import { disconnectDb } from "@/lib/db";
import { databaseUrl, testDbContext, uniqueDatabaseName, withClient } from "./db";

const { adminUrl, templateDatabase } = testDbContext();
const name = uniqueDatabaseName("file");

await withClient(adminUrl, (client) =>
  client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(templateDatabase)}`),
);
process.env.DATABASE_URL = databaseUrl(adminUrl, name);

afterAll(async () => {
  await disconnectDb();
  // Dropped now if nothing else is still connected. Code under test may keep its own pool open
  // (e.g. a rate limiter); killing those connections would crash this worker with "terminating
  // connection due to administrator command", so such a database is left for the global
  // teardown, which drops every database of the run once the workers are gone.
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)}`)).catch(
    (error: { code?: string }) => {
      if (error.code !== "55006") throw error; // 55006: database is being accessed by other users
    },
  );
});
