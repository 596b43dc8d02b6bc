// Prisma CLI configuration (Prisma 7 reads the connection URL here, not from schema.prisma).
// Only `prisma generate` runs on our machines; migrations are applied by scripts/db-migrate.ts
// (see lib/db/migrate.ts), which keeps `prisma migrate deploy` valid elsewhere.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/claimdesk" },
});
