import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "display_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "icons_favicon_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "icons_touch_icon_id" integer;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_icons_favicon_id_media_id_fk" FOREIGN KEY ("icons_favicon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_icons_touch_icon_id_media_id_fk" FOREIGN KEY ("icons_touch_icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_display_name_idx" ON "users" USING btree ("display_name");
  CREATE INDEX "site_settings_icons_icons_favicon_idx" ON "site_settings" USING btree ("icons_favicon_id");
  CREATE INDEX "site_settings_icons_icons_touch_icon_idx" ON "site_settings" USING btree ("icons_touch_icon_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_icons_favicon_id_media_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_icons_touch_icon_id_media_id_fk";
  
  DROP INDEX "users_display_name_idx";
  DROP INDEX "site_settings_icons_icons_favicon_idx";
  DROP INDEX "site_settings_icons_icons_touch_icon_idx";
  ALTER TABLE "users" DROP COLUMN "display_name";
  ALTER TABLE "site_settings" DROP COLUMN "icons_favicon_id";
  ALTER TABLE "site_settings" DROP COLUMN "icons_touch_icon_id";`)
}
