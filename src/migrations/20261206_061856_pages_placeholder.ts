import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" ADD COLUMN "placeholder" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_placeholder" boolean DEFAULT false;
  CREATE INDEX "pages_placeholder_idx" ON "pages" USING btree ("placeholder");
  CREATE INDEX "_pages_v_version_version_placeholder_idx" ON "_pages_v" USING btree ("version_placeholder");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_placeholder_idx";
  DROP INDEX "_pages_v_version_version_placeholder_idx";
  ALTER TABLE "pages" DROP COLUMN "placeholder";
  ALTER TABLE "_pages_v" DROP COLUMN "version_placeholder";`)
}
