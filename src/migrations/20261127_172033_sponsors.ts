import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sponsors_kind" AS ENUM('company', 'foundation', 'public_partner');
  CREATE TYPE "public"."enum_programmes_criteria_levels" AS ENUM('ecole', 'college', 'lycee');
  CREATE TYPE "public"."enum_programmes_criteria_kinds" AS ENUM('outing', 'stay_with_nights', 'international_trip', 'equipment', 'creation_show', 'other');
  CREATE TYPE "public"."enum_programmes_criteria_territories" AS ENUM('rep', 'rep_plus', 'isolated_rural');
  CREATE TYPE "public"."enum_programmes_funding" AS ENUM('sponsor', 'solidarity_fund');
  CREATE TYPE "public"."enum_programmes_mechanism" AS ENUM('match', 'threshold', 'gap_close');
  CREATE TYPE "public"."enum_programme_adjustments_action" AS ENUM('exclude', 'include');
  ALTER TYPE "public"."enum_ledger_entries_kind" ADD VALUE 'sponsor_topup';
  CREATE TABLE "sponsors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_sponsors_kind" NOT NULL,
  	"description" varchar,
  	"website" varchar,
  	"contact_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programmes_criteria_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_programmes_criteria_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programmes_criteria_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_programmes_criteria_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programmes_criteria_territories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_programmes_criteria_territories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"funding" "enum_programmes_funding" DEFAULT 'sponsor' NOT NULL,
  	"sponsor_id" integer,
  	"active" boolean DEFAULT true,
  	"criteria_min_nights" numeric,
  	"criteria_max_minimum_goal_cents" numeric,
  	"criteria_vocational_lycee" boolean,
  	"criteria_courte_echelle_only" boolean,
  	"mechanism" "enum_programmes_mechanism" DEFAULT 'match' NOT NULL,
  	"ratio_percent" numeric,
  	"cap_per_gift_cents" numeric,
  	"cap_per_donor_cents" numeric,
  	"cap_per_project_cents" numeric,
  	"amount_cents" numeric,
  	"share_percent" numeric,
  	"min_donors" numeric,
  	"days_before_end" numeric,
  	"budget_cents" numeric,
  	"reserved_cents" numeric DEFAULT 0,
  	"starts_on" timestamp(3) with time zone,
  	"ends_on" timestamp(3) with time zone,
  	"counts_toward_minimum" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programmes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer,
  	"departments_id" integer,
  	"academies_id" integer
  );
  
  CREATE TABLE "programme_adjustments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"programme_id" integer NOT NULL,
  	"project_id" integer NOT NULL,
  	"action" "enum_programme_adjustments_action" NOT NULL,
  	"reason" varchar NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_rels" ADD COLUMN "sponsors_id" integer;
  ALTER TABLE "donations" ADD COLUMN "programme_id" integer;
  ALTER TABLE "donations" ADD COLUMN "explanation" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sponsors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "programmes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "programme_adjustments_id" integer;
  ALTER TABLE "programmes_criteria_levels" ADD CONSTRAINT "programmes_criteria_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_criteria_kinds" ADD CONSTRAINT "programmes_criteria_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_criteria_territories" ADD CONSTRAINT "programmes_criteria_territories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_sponsor_id_sponsors_id_fk" FOREIGN KEY ("sponsor_id") REFERENCES "public"."sponsors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_rels" ADD CONSTRAINT "programmes_rels_academies_fk" FOREIGN KEY ("academies_id") REFERENCES "public"."academies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programme_adjustments" ADD CONSTRAINT "programme_adjustments_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_adjustments" ADD CONSTRAINT "programme_adjustments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programme_adjustments" ADD CONSTRAINT "programme_adjustments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sponsors_slug_idx" ON "sponsors" USING btree ("slug");
  CREATE INDEX "sponsors_updated_at_idx" ON "sponsors" USING btree ("updated_at");
  CREATE INDEX "sponsors_created_at_idx" ON "sponsors" USING btree ("created_at");
  CREATE INDEX "programmes_criteria_levels_order_idx" ON "programmes_criteria_levels" USING btree ("order");
  CREATE INDEX "programmes_criteria_levels_parent_idx" ON "programmes_criteria_levels" USING btree ("parent_id");
  CREATE INDEX "programmes_criteria_kinds_order_idx" ON "programmes_criteria_kinds" USING btree ("order");
  CREATE INDEX "programmes_criteria_kinds_parent_idx" ON "programmes_criteria_kinds" USING btree ("parent_id");
  CREATE INDEX "programmes_criteria_territories_order_idx" ON "programmes_criteria_territories" USING btree ("order");
  CREATE INDEX "programmes_criteria_territories_parent_idx" ON "programmes_criteria_territories" USING btree ("parent_id");
  CREATE INDEX "programmes_sponsor_idx" ON "programmes" USING btree ("sponsor_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes_rels_order_idx" ON "programmes_rels" USING btree ("order");
  CREATE INDEX "programmes_rels_parent_idx" ON "programmes_rels" USING btree ("parent_id");
  CREATE INDEX "programmes_rels_path_idx" ON "programmes_rels" USING btree ("path");
  CREATE INDEX "programmes_rels_themes_id_idx" ON "programmes_rels" USING btree ("themes_id");
  CREATE INDEX "programmes_rels_departments_id_idx" ON "programmes_rels" USING btree ("departments_id");
  CREATE INDEX "programmes_rels_academies_id_idx" ON "programmes_rels" USING btree ("academies_id");
  CREATE INDEX "programme_adjustments_programme_idx" ON "programme_adjustments" USING btree ("programme_id");
  CREATE INDEX "programme_adjustments_project_idx" ON "programme_adjustments" USING btree ("project_id");
  CREATE INDEX "programme_adjustments_created_by_idx" ON "programme_adjustments" USING btree ("created_by_id");
  CREATE INDEX "programme_adjustments_updated_at_idx" ON "programme_adjustments" USING btree ("updated_at");
  CREATE INDEX "programme_adjustments_created_at_idx" ON "programme_adjustments" USING btree ("created_at");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_sponsors_fk" FOREIGN KEY ("sponsors_id") REFERENCES "public"."sponsors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sponsors_fk" FOREIGN KEY ("sponsors_id") REFERENCES "public"."sponsors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programme_adjustments_fk" FOREIGN KEY ("programme_adjustments_id") REFERENCES "public"."programme_adjustments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_sponsors_id_idx" ON "users_rels" USING btree ("sponsors_id");
  CREATE INDEX "donations_programme_idx" ON "donations" USING btree ("programme_id");
  CREATE INDEX "payload_locked_documents_rels_sponsors_id_idx" ON "payload_locked_documents_rels" USING btree ("sponsors_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_programme_adjustments_id_idx" ON "payload_locked_documents_rels" USING btree ("programme_adjustments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sponsors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_criteria_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_criteria_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_criteria_territories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programmes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programme_adjustments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sponsors" CASCADE;
  DROP TABLE "programmes_criteria_levels" CASCADE;
  DROP TABLE "programmes_criteria_kinds" CASCADE;
  DROP TABLE "programmes_criteria_territories" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_rels" CASCADE;
  DROP TABLE "programme_adjustments" CASCADE;
  ALTER TABLE "users_rels" DROP CONSTRAINT "users_rels_sponsors_fk";
  
  ALTER TABLE "donations" DROP CONSTRAINT "donations_programme_id_programmes_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sponsors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_programmes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_programme_adjustments_fk";
  
  ALTER TABLE "ledger_entries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_ledger_entries_kind";
  CREATE TYPE "public"."enum_ledger_entries_kind" AS ENUM('gift_in', 'commission', 'payout', 'refund', 'reallocation', 'fund_grant_in', 'fund_topup_out');
  ALTER TABLE "ledger_entries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_ledger_entries_kind" USING "kind"::"public"."enum_ledger_entries_kind";
  DROP INDEX "users_rels_sponsors_id_idx";
  DROP INDEX "donations_programme_idx";
  DROP INDEX "payload_locked_documents_rels_sponsors_id_idx";
  DROP INDEX "payload_locked_documents_rels_programmes_id_idx";
  DROP INDEX "payload_locked_documents_rels_programme_adjustments_id_idx";
  ALTER TABLE "users_rels" DROP COLUMN "sponsors_id";
  ALTER TABLE "donations" DROP COLUMN "programme_id";
  ALTER TABLE "donations" DROP COLUMN "explanation";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sponsors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "programmes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "programme_adjustments_id";
  DROP TYPE "public"."enum_sponsors_kind";
  DROP TYPE "public"."enum_programmes_criteria_levels";
  DROP TYPE "public"."enum_programmes_criteria_kinds";
  DROP TYPE "public"."enum_programmes_criteria_territories";
  DROP TYPE "public"."enum_programmes_funding";
  DROP TYPE "public"."enum_programmes_mechanism";
  DROP TYPE "public"."enum_programme_adjustments_action";`)
}
