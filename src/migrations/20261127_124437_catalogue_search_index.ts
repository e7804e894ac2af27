import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Created with `payload migrate:create --force-accept-warning` (no schema change), then given the
// SQL Payload cannot express: an expression index for the catalogue's French search. The expression
// must stay identical to the one in src/services/projects/catalogue.ts, or PostgreSQL won't use it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX "projects_search_fr_idx" ON "projects" USING gin (
    to_tsvector('french', lower(translate("title" || ' ' || coalesce("summary", ''), 'àâäáãéèêëíìîïóòôöõúùûüýÿçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝŸÇÑ', 'aaaaaeeeeiiiiooooouuuuyycnaaaaaeeeeiiiiooooouuuuyycn')))
  ) WHERE "status" = 'collecting';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "projects_search_fr_idx";`)
}
