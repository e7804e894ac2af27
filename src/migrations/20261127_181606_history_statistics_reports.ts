import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_legacy_outcome" AS ENUM('succeeded', 'failed');
  CREATE TYPE "public"."enum_activity_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__activity_reports_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_donations_payment_method" ADD VALUE 'legacy';
  ALTER TYPE "public"."enum_donations_provider" ADD VALUE 'legacy';
  CREATE TABLE "activity_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"title" varchar,
  	"introduction" varchar,
  	"activity" varchar,
  	"territories" varchar,
  	"themes" varchar,
  	"donors" varchar,
  	"solidarity" varchar,
  	"tne" varchar,
  	"conclusion" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_activity_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_activity_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_title" varchar,
  	"version_introduction" varchar,
  	"version_activity" varchar,
  	"version_territories" varchar,
  	"version_themes" varchar,
  	"version_donors" varchar,
  	"version_solidarity" varchar,
  	"version_tne" varchar,
  	"version_conclusion" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__activity_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "projects" ADD COLUMN "imported" boolean DEFAULT false;
  ALTER TABLE "projects" ADD COLUMN "legacy_id" varchar;
  ALTER TABLE "projects" ADD COLUMN "legacy_outcome" "enum_projects_legacy_outcome";
  ALTER TABLE "donations" ADD COLUMN "imported" boolean DEFAULT false;
  ALTER TABLE "donations" ADD COLUMN "legacy_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_reports_id" integer;
  ALTER TABLE "_activity_reports_v" ADD CONSTRAINT "_activity_reports_v_parent_id_activity_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activity_reports"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "activity_reports_year_idx" ON "activity_reports" USING btree ("year");
  CREATE INDEX "activity_reports_updated_at_idx" ON "activity_reports" USING btree ("updated_at");
  CREATE INDEX "activity_reports_created_at_idx" ON "activity_reports" USING btree ("created_at");
  CREATE INDEX "activity_reports__status_idx" ON "activity_reports" USING btree ("_status");
  CREATE INDEX "_activity_reports_v_parent_idx" ON "_activity_reports_v" USING btree ("parent_id");
  CREATE INDEX "_activity_reports_v_version_version_year_idx" ON "_activity_reports_v" USING btree ("version_year");
  CREATE INDEX "_activity_reports_v_version_version_updated_at_idx" ON "_activity_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_activity_reports_v_version_version_created_at_idx" ON "_activity_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_activity_reports_v_version_version__status_idx" ON "_activity_reports_v" USING btree ("version__status");
  CREATE INDEX "_activity_reports_v_created_at_idx" ON "_activity_reports_v" USING btree ("created_at");
  CREATE INDEX "_activity_reports_v_updated_at_idx" ON "_activity_reports_v" USING btree ("updated_at");
  CREATE INDEX "_activity_reports_v_latest_idx" ON "_activity_reports_v" USING btree ("latest");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_reports_fk" FOREIGN KEY ("activity_reports_id") REFERENCES "public"."activity_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_imported_idx" ON "projects" USING btree ("imported");
  CREATE UNIQUE INDEX "projects_legacy_id_idx" ON "projects" USING btree ("legacy_id");
  CREATE INDEX "donations_imported_idx" ON "donations" USING btree ("imported");
  CREATE UNIQUE INDEX "donations_legacy_id_idx" ON "donations" USING btree ("legacy_id");
  CREATE INDEX "payload_locked_documents_rels_activity_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activity_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_activity_reports_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activity_reports" CASCADE;
  DROP TABLE "_activity_reports_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_reports_fk";
  
  ALTER TABLE "donations" ALTER COLUMN "payment_method" SET DATA TYPE text;
  DROP TYPE "public"."enum_donations_payment_method";
  CREATE TYPE "public"."enum_donations_payment_method" AS ENUM('card', 'sepa_debit', 'transfer', 'internal');
  ALTER TABLE "donations" ALTER COLUMN "payment_method" SET DATA TYPE "public"."enum_donations_payment_method" USING "payment_method"::"public"."enum_donations_payment_method";
  ALTER TABLE "donations" ALTER COLUMN "provider" SET DATA TYPE text;
  DROP TYPE "public"."enum_donations_provider";
  CREATE TYPE "public"."enum_donations_provider" AS ENUM('stripe', 'test', 'transfer', 'internal');
  ALTER TABLE "donations" ALTER COLUMN "provider" SET DATA TYPE "public"."enum_donations_provider" USING "provider"::"public"."enum_donations_provider";
  DROP INDEX "projects_imported_idx";
  DROP INDEX "projects_legacy_id_idx";
  DROP INDEX "donations_imported_idx";
  DROP INDEX "donations_legacy_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_reports_id_idx";
  ALTER TABLE "projects" DROP COLUMN "imported";
  ALTER TABLE "projects" DROP COLUMN "legacy_id";
  ALTER TABLE "projects" DROP COLUMN "legacy_outcome";
  ALTER TABLE "donations" DROP COLUMN "imported";
  ALTER TABLE "donations" DROP COLUMN "legacy_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_reports_id";
  DROP TYPE "public"."enum_projects_legacy_outcome";
  DROP TYPE "public"."enum_activity_reports_status";
  DROP TYPE "public"."enum__activity_reports_v_version_status";`)
}
