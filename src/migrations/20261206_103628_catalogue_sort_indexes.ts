import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Created with `payload migrate:create --force-accept-warning` (no schema change), then given the
// SQL Payload cannot express (issue 18): partial indexes over the collecting projects, one per sort
// of the catalogue, so that a page reads its 12 rows in order and stops, and one over the filters,
// so that its count reads the index alone (its predicate is the catalogue's: collecting, with a school). The sort expressions must stay identical to ORDER in
// src/services/projects/catalogue.ts, or PostgreSQL won't use them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "projects_catalogue_end_idx" ON "projects" ("end_date", "id") WHERE "status" = 'collecting';
  CREATE INDEX IF NOT EXISTS "projects_catalogue_recent_idx" ON "projects" ("start_date" DESC, "id" DESC) WHERE "status" = 'collecting';
  CREATE INDEX IF NOT EXISTS "projects_catalogue_goal_idx" ON "projects" (("collected_cents" / NULLIF("minimum_goal_cents", 0)) DESC, "id") WHERE "status" = 'collecting';
  CREATE INDEX IF NOT EXISTS "projects_catalogue_filters_idx" ON "projects" ("level", "kind", "courte_echelle") WHERE "status" = 'collecting' AND "establishment_id" IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "projects_catalogue_end_idx";
  DROP INDEX IF EXISTS "projects_catalogue_recent_idx";
  DROP INDEX IF EXISTS "projects_catalogue_goal_idx";
  DROP INDEX IF EXISTS "projects_catalogue_filters_idx";`)
}
