import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written (created with `payload migrate:create --force-accept-warning`, no schema change):
// the French full-text search of the editorial content, which Payload cannot express.
// - `portail_fr`: PostgreSQL's French stemming with accents removed first (unaccent), so that
//   "ecrans" finds "écrans" and ts_headline highlights the original, accented words.
// - portail_search_text(): French typography (’ « » non-breaking spaces …) mapped to ASCII
//   punctuation, one character for one, because under the C locale (the embedded server's)
//   PostgreSQL's parser takes any non-ASCII character for a letter ("l’École" would be one word).
// - An expression index over the `search` rows that plugin-search maintains. The expression must
//   stay identical to SEARCH_VECTOR in src/services/content/site-search.ts, or PostgreSQL won't use it.
// unaccent is a trusted extension (PostgreSQL ≥ 13): a database owner may create it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION portail_fr (COPY = pg_catalog.french);
  ALTER TEXT SEARCH CONFIGURATION portail_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  CREATE FUNCTION portail_search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN translate(value, '’‘«»“”…–—' || chr(160) || chr(8239), '''''"""".--  ');
  CREATE INDEX "search_fts_fr_idx" ON "search" USING gin ((
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce("title", ''))), 'A') ||
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce("excerpt", ''))), 'B') ||
    setweight(to_tsvector('portail_fr', portail_search_text(coalesce("text", ''))), 'C')
  ));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "search_fts_fr_idx";
  DROP FUNCTION IF EXISTS portail_search_text(text);
  DROP TEXT SEARCH CONFIGURATION IF EXISTS portail_fr;`)
}
