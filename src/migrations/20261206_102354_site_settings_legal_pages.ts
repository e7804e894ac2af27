import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_accessibility_sample" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "site_settings_accessibility_non_conformities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "site_settings_accessibility_derogations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "site_settings_accessibility_exemptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_established_on" timestamp(3) with time zone;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_audit_date" timestamp(3) with time zone;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_conformity_rate" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_auditor" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_contact_email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_contact_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_technologies" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_test_environment" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_tools" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_publisher_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_publisher_status" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_publisher_address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_publisher_contact" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_director_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_director_role" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_host_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_host_contact" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_notice_host_address" varchar;
  ALTER TABLE "site_settings_accessibility_sample" ADD CONSTRAINT "site_settings_accessibility_sample_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_accessibility_non_conformities" ADD CONSTRAINT "site_settings_accessibility_non_conformities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_accessibility_derogations" ADD CONSTRAINT "site_settings_accessibility_derogations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_accessibility_exemptions" ADD CONSTRAINT "site_settings_accessibility_exemptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_accessibility_sample_order_idx" ON "site_settings_accessibility_sample" USING btree ("_order");
  CREATE INDEX "site_settings_accessibility_sample_parent_id_idx" ON "site_settings_accessibility_sample" USING btree ("_parent_id");
  CREATE INDEX "site_settings_accessibility_non_conformities_order_idx" ON "site_settings_accessibility_non_conformities" USING btree ("_order");
  CREATE INDEX "site_settings_accessibility_non_conformities_parent_id_idx" ON "site_settings_accessibility_non_conformities" USING btree ("_parent_id");
  CREATE INDEX "site_settings_accessibility_derogations_order_idx" ON "site_settings_accessibility_derogations" USING btree ("_order");
  CREATE INDEX "site_settings_accessibility_derogations_parent_id_idx" ON "site_settings_accessibility_derogations" USING btree ("_parent_id");
  CREATE INDEX "site_settings_accessibility_exemptions_order_idx" ON "site_settings_accessibility_exemptions" USING btree ("_order");
  CREATE INDEX "site_settings_accessibility_exemptions_parent_id_idx" ON "site_settings_accessibility_exemptions" USING btree ("_parent_id");
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_accessibility_sample" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_accessibility_non_conformities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_accessibility_derogations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_accessibility_exemptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_settings_accessibility_sample" CASCADE;
  DROP TABLE "site_settings_accessibility_non_conformities" CASCADE;
  DROP TABLE "site_settings_accessibility_derogations" CASCADE;
  DROP TABLE "site_settings_accessibility_exemptions" CASCADE;
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_logo_id_media_id_fk";
  
  DROP INDEX "site_settings_logo_idx";
  ALTER TABLE "site_settings" DROP COLUMN "logo_id";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_established_on";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_audit_date";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_conformity_rate";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_auditor";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_contact_email";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_contact_url";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_technologies";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_test_environment";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_tools";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_publisher_name";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_publisher_status";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_publisher_address";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_publisher_contact";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_director_name";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_director_role";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_host_name";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_host_contact";
  ALTER TABLE "site_settings" DROP COLUMN "legal_notice_host_address";`)
}
