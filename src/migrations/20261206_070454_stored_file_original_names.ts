import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_pictures" ADD COLUMN "original_filename" varchar;
  ALTER TABLE "structure_signatures" ADD COLUMN "original_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "original_filename" varchar;
  ALTER TABLE "documents" ADD COLUMN "original_filename" varchar;
  ALTER TABLE "convention_files" ADD COLUMN "original_filename" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_pictures" DROP COLUMN "original_filename";
  ALTER TABLE "structure_signatures" DROP COLUMN "original_filename";
  ALTER TABLE "media" DROP COLUMN "original_filename";
  ALTER TABLE "documents" DROP COLUMN "original_filename";
  ALTER TABLE "convention_files" DROP COLUMN "original_filename";`)
}
