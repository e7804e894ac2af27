import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_donations_status" AS ENUM('pending', 'paid', 'failed', 'expired', 'refunded', 'reallocated');
  CREATE TYPE "public"."enum_donations_source" AS ENUM('donor', 'sponsor', 'solidarity');
  CREATE TYPE "public"."enum_donations_donor_type" AS ENUM('individual', 'company');
  CREATE TYPE "public"."enum_donations_display" AS ENUM('name', 'anonymous');
  CREATE TYPE "public"."enum_donations_failure_choice" AS ENUM('refund', 'solidarity');
  CREATE TYPE "public"."enum_donations_payment_method" AS ENUM('card', 'sepa_debit', 'transfer');
  CREATE TYPE "public"."enum_donations_provider" AS ENUM('stripe', 'test', 'transfer');
  CREATE TYPE "public"."enum_ledger_entries_kind" AS ENUM('gift_in', 'commission', 'payout', 'refund', 'reallocation', 'fund_grant_in', 'fund_topup_out');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applyPaymentEvent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applyPaymentEvent';
  CREATE TABLE "donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"project_id" integer NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"status" "enum_donations_status" DEFAULT 'pending' NOT NULL,
  	"source" "enum_donations_source" DEFAULT 'donor' NOT NULL,
  	"top_up_of_id" integer,
  	"donor_id" integer,
  	"donor_type" "enum_donations_donor_type" DEFAULT 'individual' NOT NULL,
  	"identity_first_name" varchar,
  	"identity_last_name" varchar,
  	"identity_email" varchar,
  	"identity_address" varchar,
  	"identity_postcode" varchar,
  	"identity_city" varchar,
  	"identity_country" varchar,
  	"identity_company_name" varchar,
  	"identity_legal_form" varchar,
  	"identity_siren" varchar,
  	"display" "enum_donations_display" DEFAULT 'name',
  	"hide_amount" boolean DEFAULT false,
  	"wants_receipt" boolean DEFAULT false,
  	"wants_news" boolean DEFAULT false,
  	"message" varchar,
  	"counterpart" varchar,
  	"failure_choice" "enum_donations_failure_choice",
  	"payment_method" "enum_donations_payment_method" NOT NULL,
  	"provider" "enum_donations_provider" NOT NULL,
  	"provider_session_id" varchar,
  	"provider_payment_id" varchar,
  	"expires_at" timestamp(3) with time zone,
  	"paid_at" timestamp(3) with time zone,
  	"awaiting_approval" boolean DEFAULT false,
  	"overflow" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payment_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"provider" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"donation_id" integer,
  	"outcome" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ledger_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_ledger_entries_kind" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"from_account" varchar NOT NULL,
  	"to_account" varchar NOT NULL,
  	"project_id" integer,
  	"donation_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "donations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ledger_entries_id" integer;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_top_up_of_id_donations_id_fk" FOREIGN KEY ("top_up_of_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_donor_id_users_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "donations_reference_idx" ON "donations" USING btree ("reference");
  CREATE INDEX "donations_project_idx" ON "donations" USING btree ("project_id");
  CREATE INDEX "donations_status_idx" ON "donations" USING btree ("status");
  CREATE INDEX "donations_top_up_of_idx" ON "donations" USING btree ("top_up_of_id");
  CREATE INDEX "donations_donor_idx" ON "donations" USING btree ("donor_id");
  CREATE INDEX "donations_provider_session_id_idx" ON "donations" USING btree ("provider_session_id");
  CREATE INDEX "donations_updated_at_idx" ON "donations" USING btree ("updated_at");
  CREATE INDEX "donations_created_at_idx" ON "donations" USING btree ("created_at");
  CREATE UNIQUE INDEX "payment_events_event_id_idx" ON "payment_events" USING btree ("event_id");
  -- Gifts being paid hold their place under the optimum: summed per project at each new gift.
  CREATE INDEX "donations_pending_project_idx" ON "donations" USING btree ("project_id") WHERE "status" = 'pending';
  CREATE INDEX "payment_events_donation_idx" ON "payment_events" USING btree ("donation_id");
  CREATE INDEX "payment_events_updated_at_idx" ON "payment_events" USING btree ("updated_at");
  CREATE INDEX "payment_events_created_at_idx" ON "payment_events" USING btree ("created_at");
  CREATE INDEX "ledger_entries_kind_idx" ON "ledger_entries" USING btree ("kind");
  CREATE INDEX "ledger_entries_from_account_idx" ON "ledger_entries" USING btree ("from_account");
  CREATE INDEX "ledger_entries_to_account_idx" ON "ledger_entries" USING btree ("to_account");
  CREATE INDEX "ledger_entries_project_idx" ON "ledger_entries" USING btree ("project_id");
  CREATE INDEX "ledger_entries_donation_idx" ON "ledger_entries" USING btree ("donation_id");
  CREATE INDEX "ledger_entries_updated_at_idx" ON "ledger_entries" USING btree ("updated_at");
  CREATE INDEX "ledger_entries_created_at_idx" ON "ledger_entries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donations_fk" FOREIGN KEY ("donations_id") REFERENCES "public"."donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_events_fk" FOREIGN KEY ("payment_events_id") REFERENCES "public"."payment_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ledger_entries_fk" FOREIGN KEY ("ledger_entries_id") REFERENCES "public"."ledger_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_donations_id_idx" ON "payload_locked_documents_rels" USING btree ("donations_id");
  CREATE INDEX "payload_locked_documents_rels_payment_events_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_events_id");
  CREATE INDEX "payload_locked_documents_rels_ledger_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("ledger_entries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "donations_pending_project_idx";
   ALTER TABLE "donations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ledger_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "donations" CASCADE;
  DROP TABLE "payment_events" CASCADE;
  DROP TABLE "ledger_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_donations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ledger_entries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_donations_id_idx";
  DROP INDEX "payload_locked_documents_rels_payment_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_ledger_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "donations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ledger_entries_id";
  DROP TYPE "public"."enum_donations_status";
  DROP TYPE "public"."enum_donations_source";
  DROP TYPE "public"."enum_donations_donor_type";
  DROP TYPE "public"."enum_donations_display";
  DROP TYPE "public"."enum_donations_failure_choice";
  DROP TYPE "public"."enum_donations_payment_method";
  DROP TYPE "public"."enum_donations_provider";
  DROP TYPE "public"."enum_ledger_entries_kind";`)
}
