import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_courte_echelle_reasons" AS ENUM('rep', 'rep_plus', 'vocational_lycee', 'isolated_rural', 'inclusive_project');
  CREATE TYPE "public"."enum_projects_history_from" AS ENUM('draft', 'submitted', 'in_review', 'changes_requested', 'awaiting_school_validation', 'scheduled', 'collecting', 'settling', 'succeeded', 'failed', 'funds_released', 'realised', 'rejected', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_projects_history_to" AS ENUM('draft', 'submitted', 'in_review', 'changes_requested', 'awaiting_school_validation', 'scheduled', 'collecting', 'settling', 'succeeded', 'failed', 'funds_released', 'realised', 'rejected', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_projects_history_actor" AS ENUM('owner', 'moderator', 'admin', 'school-head', 'system');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'submitted', 'in_review', 'changes_requested', 'awaiting_school_validation', 'scheduled', 'collecting', 'settling', 'succeeded', 'failed', 'funds_released', 'realised', 'rejected', 'withdrawn', 'archived');
  CREATE TYPE "public"."enum_projects_level" AS ENUM('ecole', 'college', 'lycee');
  CREATE TYPE "public"."enum_projects_kind" AS ENUM('outing', 'stay_with_nights', 'international_trip', 'equipment', 'creation_show', 'other');
  CREATE TABLE "projects_budget_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL
  );
  
  CREATE TABLE "projects_other_funding" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL
  );
  
  CREATE TABLE "projects_counterparts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"estimated_value_cents" numeric
  );
  
  CREATE TABLE "projects_courte_echelle_reasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_courte_echelle_reasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_projects_history_from" NOT NULL,
  	"to" "enum_projects_history_to" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor" "enum_projects_history_actor" NOT NULL,
  	"actor_user_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"status" "enum_projects_status" DEFAULT 'draft' NOT NULL,
  	"owner_id" integer,
  	"establishment_id" integer,
  	"structure_id" integer,
  	"level" "enum_projects_level",
  	"kind" "enum_projects_kind",
  	"nights" numeric,
  	"pupils" numeric,
  	"summary" varchar,
  	"description" jsonb,
  	"pedagogical_goals" varchar,
  	"minimum_goal_cents" numeric,
  	"optimum_goal_cents" numeric,
  	"minimum_cap_override" boolean DEFAULT false,
  	"start_date" varchar,
  	"end_date" varchar,
  	"stop_at_optimum" boolean DEFAULT true,
  	"inclusive" boolean DEFAULT false,
  	"courte_echelle" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "editing_tips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"establishment" varchar,
  	"structure" varchar,
  	"title" varchar,
  	"level" varchar,
  	"kind" varchar,
  	"nights" varchar,
  	"pupils" varchar,
  	"themes" varchar,
  	"summary" varchar,
  	"description" varchar,
  	"pedagogical_goals" varchar,
  	"inclusive" varchar,
  	"budget_lines" varchar,
  	"other_funding" varchar,
  	"minimum_goal_cents" varchar,
  	"optimum_goal_cents" varchar,
  	"start_date" varchar,
  	"end_date" varchar,
  	"stop_at_optimum" varchar,
  	"counterparts" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "projects_budget_lines" ADD CONSTRAINT "projects_budget_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_other_funding" ADD CONSTRAINT "projects_other_funding_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_counterparts" ADD CONSTRAINT "projects_counterparts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_courte_echelle_reasons" ADD CONSTRAINT "projects_courte_echelle_reasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_history" ADD CONSTRAINT "projects_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_history" ADD CONSTRAINT "projects_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_budget_lines_order_idx" ON "projects_budget_lines" USING btree ("_order");
  CREATE INDEX "projects_budget_lines_parent_id_idx" ON "projects_budget_lines" USING btree ("_parent_id");
  CREATE INDEX "projects_other_funding_order_idx" ON "projects_other_funding" USING btree ("_order");
  CREATE INDEX "projects_other_funding_parent_id_idx" ON "projects_other_funding" USING btree ("_parent_id");
  CREATE INDEX "projects_counterparts_order_idx" ON "projects_counterparts" USING btree ("_order");
  CREATE INDEX "projects_counterparts_parent_id_idx" ON "projects_counterparts" USING btree ("_parent_id");
  CREATE INDEX "projects_courte_echelle_reasons_order_idx" ON "projects_courte_echelle_reasons" USING btree ("order");
  CREATE INDEX "projects_courte_echelle_reasons_parent_idx" ON "projects_courte_echelle_reasons" USING btree ("parent_id");
  CREATE INDEX "projects_history_order_idx" ON "projects_history" USING btree ("_order");
  CREATE INDEX "projects_history_parent_id_idx" ON "projects_history" USING btree ("_parent_id");
  CREATE INDEX "projects_history_actor_user_idx" ON "projects_history" USING btree ("actor_user_id");
  CREATE UNIQUE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");
  CREATE INDEX "projects_owner_idx" ON "projects" USING btree ("owner_id");
  CREATE INDEX "projects_establishment_idx" ON "projects" USING btree ("establishment_id");
  CREATE INDEX "projects_structure_idx" ON "projects" USING btree ("structure_id");
  CREATE INDEX "projects_end_date_idx" ON "projects" USING btree ("end_date");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_users_id_idx" ON "projects_rels" USING btree ("users_id");
  CREATE INDEX "projects_rels_themes_id_idx" ON "projects_rels" USING btree ("themes_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "projects_budget_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_other_funding" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_counterparts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_courte_echelle_reasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editing_tips" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "projects_budget_lines" CASCADE;
  DROP TABLE "projects_other_funding" CASCADE;
  DROP TABLE "projects_counterparts" CASCADE;
  DROP TABLE "projects_courte_echelle_reasons" CASCADE;
  DROP TABLE "projects_history" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "editing_tips" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_projects_fk";
  
  DROP INDEX "payload_locked_documents_rels_projects_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "projects_id";
  DROP TYPE "public"."enum_projects_courte_echelle_reasons";
  DROP TYPE "public"."enum_projects_history_from";
  DROP TYPE "public"."enum_projects_history_to";
  DROP TYPE "public"."enum_projects_history_actor";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum_projects_level";
  DROP TYPE "public"."enum_projects_kind";`)
}
