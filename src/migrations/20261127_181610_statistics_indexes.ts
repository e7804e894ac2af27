import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (created with `payload migrate:create --force-accept-warning`, no schema change):
// an index Payload's config does not declare, for the statistics' aggregates (issue 9): projects
// published in a period are found by their campaign's start date (src/services/statistics/queries.ts).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "projects_start_date_idx" ON "projects" ("start_date");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "projects_start_date_idx";`)
}
