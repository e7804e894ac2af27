import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conventions_history_from" AS ENUM('draft', 'sent', 'signed', 'active', 'closed', 'terminated');
  CREATE TYPE "public"."enum_conventions_history_to" AS ENUM('draft', 'sent', 'signed', 'active', 'closed', 'terminated');
  CREATE TYPE "public"."enum_conventions_status" AS ENUM('draft', 'sent', 'signed', 'active', 'closed', 'terminated');
  CREATE TYPE "public"."enum_conventions_kind" AS ENUM('partnership', 'consortium', 'transfer');
  CREATE TYPE "public"."enum_fund_calls_history_from" AS ENUM('requested', 'approved', 'paid', 'rejected');
  CREATE TYPE "public"."enum_fund_calls_history_to" AS ENUM('requested', 'approved', 'paid', 'rejected');
  CREATE TYPE "public"."enum_fund_calls_status" AS ENUM('requested', 'approved', 'paid', 'rejected');
  CREATE TYPE "public"."enum_workshops_format" AS ENUM('workshop', 'parents_cafe', 'conference', 'forum', 'escape_game', 'theatre', 'drop_in', 'mediator_training');
  CREATE TYPE "public"."enum_workshops_theme" AS ENUM('children_digital_uses', 'school_digital_tools', 'code_robotics_ai', 'video_games_esport', 'cyber_harassment', 'safe_internet');
  CREATE TYPE "public"."enum_workshops_audience" AS ENUM('parents_primary', 'parents_college', 'professionals');
  CREATE TYPE "public"."enum_workshops_status" AS ENUM('planned', 'held', 'cancelled');
  CREATE TYPE "public"."enum_forms_confirmation_type" AS ENUM('message', 'redirect');
  CREATE TABLE "territories_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"school_year" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "territories_yearly_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"initiatives" numeric NOT NULL,
  	"professionals_in_training" numeric
  );
  
  CREATE TABLE "conventions_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_conventions_history_from",
  	"to" "enum_conventions_history_to",
  	"at" timestamp(3) with time zone,
  	"actor_user_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "conventions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_conventions_status" DEFAULT 'draft',
  	"territory_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"partner_id" integer NOT NULL,
  	"kind" "enum_conventions_kind" DEFAULT 'partnership' NOT NULL,
  	"object" varchar,
  	"amount_cents" numeric,
  	"signature_date" timestamp(3) with time zone,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"planned_workshops" numeric,
  	"planned_parents" numeric,
  	"planned_mediators" numeric,
  	"signed_file_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "convention_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"territory_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "convention_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"territory_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"last" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fund_calls_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_fund_calls_history_from",
  	"to" "enum_fund_calls_history_to",
  	"at" timestamp(3) with time zone,
  	"actor_user_id" integer,
  	"comment" varchar
  );
  
  CREATE TABLE "fund_calls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"convention_id" integer NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"request_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_fund_calls_status" DEFAULT 'requested',
  	"territory_id" integer,
  	"requested_by_id" integer,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workshops" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"territory_id" integer NOT NULL,
  	"convention_id" integer,
  	"format" "enum_workshops_format" NOT NULL,
  	"theme" "enum_workshops_theme" NOT NULL,
  	"audience" "enum_workshops_audience" NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"duration_minutes" numeric DEFAULT 120,
  	"description" varchar,
  	"commune" varchar NOT NULL,
  	"venue" varchar NOT NULL,
  	"address" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"registration" varchar,
  	"capacity" numeric,
  	"status" "enum_workshops_status" DEFAULT 'planned' NOT NULL,
  	"participants" numeric,
  	"questionnaire_id" integer,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workshops_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"establishments_id" integer
  );
  
  CREATE TABLE "forms_blocks_checkbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"required" boolean,
  	"default_value" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_message" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_number" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_select_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"placeholder" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_textarea" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_radio_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_radio" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"label" varchar,
  	"width" numeric,
  	"default_value" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email_to" varchar,
  	"cc" varchar,
  	"bcc" varchar,
  	"reply_to" varchar,
  	"email_from" varchar,
  	"subject" varchar DEFAULT 'You''ve received a new message.' NOT NULL,
  	"message" jsonb
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"submit_button_label" varchar,
  	"confirmation_type" "enum_forms_confirmation_type" DEFAULT 'message',
  	"confirmation_message" jsonb,
  	"redirect_url" varchar,
  	"is_parents_questionnaire" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_submissions_submission_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer NOT NULL,
  	"workshop_id" integer NOT NULL,
  	"territory_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "territories" ADD COLUMN "coordinating_structure_name" varchar;
  ALTER TABLE "territories" ADD COLUMN "coordinating_structure_email" varchar;
  ALTER TABLE "territories" ADD COLUMN "coordinating_structure_phone" varchar;
  ALTER TABLE "territories" ADD COLUMN "coordinating_structure_website" varchar;
  ALTER TABLE "territories" ADD COLUMN "page_content" jsonb;
  ALTER TABLE "partners" ADD COLUMN "public_listing" boolean DEFAULT false;
  ALTER TABLE "partners" ADD COLUMN "website" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "conventions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "convention_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "convention_counters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fund_calls_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workshops_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_submissions_id" integer;
  ALTER TABLE "territories_timeline" ADD CONSTRAINT "territories_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "territories_yearly_figures" ADD CONSTRAINT "territories_yearly_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."territories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conventions_history" ADD CONSTRAINT "conventions_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conventions_history" ADD CONSTRAINT "conventions_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conventions" ADD CONSTRAINT "conventions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conventions" ADD CONSTRAINT "conventions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conventions" ADD CONSTRAINT "conventions_signed_file_id_convention_files_id_fk" FOREIGN KEY ("signed_file_id") REFERENCES "public"."convention_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "convention_files" ADD CONSTRAINT "convention_files_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "convention_counters" ADD CONSTRAINT "convention_counters_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_calls_history" ADD CONSTRAINT "fund_calls_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_calls_history" ADD CONSTRAINT "fund_calls_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fund_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fund_calls" ADD CONSTRAINT "fund_calls_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_calls" ADD CONSTRAINT "fund_calls_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_calls" ADD CONSTRAINT "fund_calls_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_calls" ADD CONSTRAINT "fund_calls_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops" ADD CONSTRAINT "workshops_questionnaire_id_forms_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshops_rels" ADD CONSTRAINT "workshops_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshops_rels" ADD CONSTRAINT "workshops_rels_establishments_fk" FOREIGN KEY ("establishments_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_checkbox" ADD CONSTRAINT "forms_blocks_checkbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_message" ADD CONSTRAINT "forms_blocks_message_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_number" ADD CONSTRAINT "forms_blocks_number_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_options" ADD CONSTRAINT "forms_blocks_select_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select" ADD CONSTRAINT "forms_blocks_select_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_text" ADD CONSTRAINT "forms_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_textarea" ADD CONSTRAINT "forms_blocks_textarea_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_radio_options" ADD CONSTRAINT "forms_blocks_radio_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_radio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_radio" ADD CONSTRAINT "forms_blocks_radio_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_emails" ADD CONSTRAINT "forms_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions_submission_data" ADD CONSTRAINT "form_submissions_submission_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_territory_id_territories_id_fk" FOREIGN KEY ("territory_id") REFERENCES "public"."territories"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "territories_timeline_order_idx" ON "territories_timeline" USING btree ("_order");
  CREATE INDEX "territories_timeline_parent_id_idx" ON "territories_timeline" USING btree ("_parent_id");
  CREATE INDEX "territories_yearly_figures_order_idx" ON "territories_yearly_figures" USING btree ("_order");
  CREATE INDEX "territories_yearly_figures_parent_id_idx" ON "territories_yearly_figures" USING btree ("_parent_id");
  CREATE INDEX "conventions_history_order_idx" ON "conventions_history" USING btree ("_order");
  CREATE INDEX "conventions_history_parent_id_idx" ON "conventions_history" USING btree ("_parent_id");
  CREATE INDEX "conventions_history_actor_user_idx" ON "conventions_history" USING btree ("actor_user_id");
  CREATE UNIQUE INDEX "conventions_reference_idx" ON "conventions" USING btree ("reference");
  CREATE INDEX "conventions_status_idx" ON "conventions" USING btree ("status");
  CREATE INDEX "conventions_territory_idx" ON "conventions" USING btree ("territory_id");
  CREATE INDEX "conventions_partner_idx" ON "conventions" USING btree ("partner_id");
  CREATE INDEX "conventions_signed_file_idx" ON "conventions" USING btree ("signed_file_id");
  CREATE INDEX "conventions_updated_at_idx" ON "conventions" USING btree ("updated_at");
  CREATE INDEX "conventions_created_at_idx" ON "conventions" USING btree ("created_at");
  CREATE INDEX "convention_files_territory_idx" ON "convention_files" USING btree ("territory_id");
  CREATE INDEX "convention_files_updated_at_idx" ON "convention_files" USING btree ("updated_at");
  CREATE INDEX "convention_files_created_at_idx" ON "convention_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "convention_files_filename_idx" ON "convention_files" USING btree ("filename");
  CREATE INDEX "convention_counters_territory_idx" ON "convention_counters" USING btree ("territory_id");
  CREATE INDEX "convention_counters_updated_at_idx" ON "convention_counters" USING btree ("updated_at");
  CREATE INDEX "convention_counters_created_at_idx" ON "convention_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "territory_year_idx" ON "convention_counters" USING btree ("territory_id","year");
  CREATE INDEX "fund_calls_history_order_idx" ON "fund_calls_history" USING btree ("_order");
  CREATE INDEX "fund_calls_history_parent_id_idx" ON "fund_calls_history" USING btree ("_parent_id");
  CREATE INDEX "fund_calls_history_actor_user_idx" ON "fund_calls_history" USING btree ("actor_user_id");
  CREATE INDEX "fund_calls_convention_idx" ON "fund_calls" USING btree ("convention_id");
  CREATE INDEX "fund_calls_status_idx" ON "fund_calls" USING btree ("status");
  CREATE INDEX "fund_calls_territory_idx" ON "fund_calls" USING btree ("territory_id");
  CREATE INDEX "fund_calls_requested_by_idx" ON "fund_calls" USING btree ("requested_by_id");
  CREATE INDEX "fund_calls_decided_by_idx" ON "fund_calls" USING btree ("decided_by_id");
  CREATE INDEX "fund_calls_updated_at_idx" ON "fund_calls" USING btree ("updated_at");
  CREATE INDEX "fund_calls_created_at_idx" ON "fund_calls" USING btree ("created_at");
  CREATE UNIQUE INDEX "workshops_slug_idx" ON "workshops" USING btree ("slug");
  CREATE INDEX "workshops_territory_idx" ON "workshops" USING btree ("territory_id");
  CREATE INDEX "workshops_convention_idx" ON "workshops" USING btree ("convention_id");
  CREATE INDEX "workshops_theme_idx" ON "workshops" USING btree ("theme");
  CREATE INDEX "workshops_audience_idx" ON "workshops" USING btree ("audience");
  CREATE INDEX "workshops_starts_at_idx" ON "workshops" USING btree ("starts_at");
  CREATE INDEX "workshops_status_idx" ON "workshops" USING btree ("status");
  CREATE INDEX "workshops_questionnaire_idx" ON "workshops" USING btree ("questionnaire_id");
  CREATE INDEX "workshops_published_idx" ON "workshops" USING btree ("published");
  CREATE INDEX "workshops_updated_at_idx" ON "workshops" USING btree ("updated_at");
  CREATE INDEX "workshops_created_at_idx" ON "workshops" USING btree ("created_at");
  CREATE INDEX "workshops_rels_order_idx" ON "workshops_rels" USING btree ("order");
  CREATE INDEX "workshops_rels_parent_idx" ON "workshops_rels" USING btree ("parent_id");
  CREATE INDEX "workshops_rels_path_idx" ON "workshops_rels" USING btree ("path");
  CREATE INDEX "workshops_rels_establishments_id_idx" ON "workshops_rels" USING btree ("establishments_id");
  CREATE INDEX "forms_blocks_checkbox_order_idx" ON "forms_blocks_checkbox" USING btree ("_order");
  CREATE INDEX "forms_blocks_checkbox_parent_id_idx" ON "forms_blocks_checkbox" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_checkbox_path_idx" ON "forms_blocks_checkbox" USING btree ("_path");
  CREATE INDEX "forms_blocks_message_order_idx" ON "forms_blocks_message" USING btree ("_order");
  CREATE INDEX "forms_blocks_message_parent_id_idx" ON "forms_blocks_message" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_message_path_idx" ON "forms_blocks_message" USING btree ("_path");
  CREATE INDEX "forms_blocks_number_order_idx" ON "forms_blocks_number" USING btree ("_order");
  CREATE INDEX "forms_blocks_number_parent_id_idx" ON "forms_blocks_number" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_number_path_idx" ON "forms_blocks_number" USING btree ("_path");
  CREATE INDEX "forms_blocks_select_options_order_idx" ON "forms_blocks_select_options" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_options_parent_id_idx" ON "forms_blocks_select_options" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_order_idx" ON "forms_blocks_select" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_parent_id_idx" ON "forms_blocks_select" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_path_idx" ON "forms_blocks_select" USING btree ("_path");
  CREATE INDEX "forms_blocks_text_order_idx" ON "forms_blocks_text" USING btree ("_order");
  CREATE INDEX "forms_blocks_text_parent_id_idx" ON "forms_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_text_path_idx" ON "forms_blocks_text" USING btree ("_path");
  CREATE INDEX "forms_blocks_textarea_order_idx" ON "forms_blocks_textarea" USING btree ("_order");
  CREATE INDEX "forms_blocks_textarea_parent_id_idx" ON "forms_blocks_textarea" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_textarea_path_idx" ON "forms_blocks_textarea" USING btree ("_path");
  CREATE INDEX "forms_blocks_radio_options_order_idx" ON "forms_blocks_radio_options" USING btree ("_order");
  CREATE INDEX "forms_blocks_radio_options_parent_id_idx" ON "forms_blocks_radio_options" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_radio_order_idx" ON "forms_blocks_radio" USING btree ("_order");
  CREATE INDEX "forms_blocks_radio_parent_id_idx" ON "forms_blocks_radio" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_radio_path_idx" ON "forms_blocks_radio" USING btree ("_path");
  CREATE INDEX "forms_emails_order_idx" ON "forms_emails" USING btree ("_order");
  CREATE INDEX "forms_emails_parent_id_idx" ON "forms_emails" USING btree ("_parent_id");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE INDEX "form_submissions_submission_data_order_idx" ON "form_submissions_submission_data" USING btree ("_order");
  CREATE INDEX "form_submissions_submission_data_parent_id_idx" ON "form_submissions_submission_data" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_form_idx" ON "form_submissions" USING btree ("form_id");
  CREATE INDEX "form_submissions_workshop_idx" ON "form_submissions" USING btree ("workshop_id");
  CREATE INDEX "form_submissions_territory_idx" ON "form_submissions" USING btree ("territory_id");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conventions_fk" FOREIGN KEY ("conventions_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_convention_files_fk" FOREIGN KEY ("convention_files_id") REFERENCES "public"."convention_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_convention_counters_fk" FOREIGN KEY ("convention_counters_id") REFERENCES "public"."convention_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fund_calls_fk" FOREIGN KEY ("fund_calls_id") REFERENCES "public"."fund_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workshops_fk" FOREIGN KEY ("workshops_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "partners_kind_idx" ON "partners" USING btree ("kind");
  CREATE INDEX "partners_public_listing_idx" ON "partners" USING btree ("public_listing");
  CREATE INDEX "payload_locked_documents_rels_conventions_id_idx" ON "payload_locked_documents_rels" USING btree ("conventions_id");
  CREATE INDEX "payload_locked_documents_rels_convention_files_id_idx" ON "payload_locked_documents_rels" USING btree ("convention_files_id");
  CREATE INDEX "payload_locked_documents_rels_convention_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("convention_counters_id");
  CREATE INDEX "payload_locked_documents_rels_fund_calls_id_idx" ON "payload_locked_documents_rels" USING btree ("fund_calls_id");
  CREATE INDEX "payload_locked_documents_rels_workshops_id_idx" ON "payload_locked_documents_rels" USING btree ("workshops_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "territories_timeline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "territories_yearly_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conventions_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conventions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "convention_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "convention_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fund_calls_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fund_calls" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshops_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_checkbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_message" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_number" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_textarea" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_radio_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_radio" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_emails" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions_submission_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "territories_timeline" CASCADE;
  DROP TABLE "territories_yearly_figures" CASCADE;
  DROP TABLE "conventions_history" CASCADE;
  DROP TABLE "conventions" CASCADE;
  DROP TABLE "convention_files" CASCADE;
  DROP TABLE "convention_counters" CASCADE;
  DROP TABLE "fund_calls_history" CASCADE;
  DROP TABLE "fund_calls" CASCADE;
  DROP TABLE "workshops" CASCADE;
  DROP TABLE "workshops_rels" CASCADE;
  DROP TABLE "forms_blocks_checkbox" CASCADE;
  DROP TABLE "forms_blocks_message" CASCADE;
  DROP TABLE "forms_blocks_number" CASCADE;
  DROP TABLE "forms_blocks_select_options" CASCADE;
  DROP TABLE "forms_blocks_select" CASCADE;
  DROP TABLE "forms_blocks_text" CASCADE;
  DROP TABLE "forms_blocks_textarea" CASCADE;
  DROP TABLE "forms_blocks_radio_options" CASCADE;
  DROP TABLE "forms_blocks_radio" CASCADE;
  DROP TABLE "forms_emails" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "form_submissions_submission_data" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_conventions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_convention_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_convention_counters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fund_calls_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workshops_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_submissions_fk";
  
  DROP INDEX "partners_kind_idx";
  DROP INDEX "partners_public_listing_idx";
  DROP INDEX "payload_locked_documents_rels_conventions_id_idx";
  DROP INDEX "payload_locked_documents_rels_convention_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_convention_counters_id_idx";
  DROP INDEX "payload_locked_documents_rels_fund_calls_id_idx";
  DROP INDEX "payload_locked_documents_rels_workshops_id_idx";
  DROP INDEX "payload_locked_documents_rels_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_form_submissions_id_idx";
  ALTER TABLE "territories" DROP COLUMN "coordinating_structure_name";
  ALTER TABLE "territories" DROP COLUMN "coordinating_structure_email";
  ALTER TABLE "territories" DROP COLUMN "coordinating_structure_phone";
  ALTER TABLE "territories" DROP COLUMN "coordinating_structure_website";
  ALTER TABLE "territories" DROP COLUMN "page_content";
  ALTER TABLE "partners" DROP COLUMN "public_listing";
  ALTER TABLE "partners" DROP COLUMN "website";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "conventions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "convention_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "convention_counters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fund_calls_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workshops_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_submissions_id";
  DROP TYPE "public"."enum_conventions_history_from";
  DROP TYPE "public"."enum_conventions_history_to";
  DROP TYPE "public"."enum_conventions_status";
  DROP TYPE "public"."enum_conventions_kind";
  DROP TYPE "public"."enum_fund_calls_history_from";
  DROP TYPE "public"."enum_fund_calls_history_to";
  DROP TYPE "public"."enum_fund_calls_status";
  DROP TYPE "public"."enum_workshops_format";
  DROP TYPE "public"."enum_workshops_theme";
  DROP TYPE "public"."enum_workshops_audience";
  DROP TYPE "public"."enum_workshops_status";
  DROP TYPE "public"."enum_forms_confirmation_type";`)
}
