import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payouts_status" AS ENUM('pending', 'manual', 'transferred', 'paid_manually');
  CREATE TYPE "public"."enum_fund_movements_kind" AS ENUM('top_up', 'grant');
  ALTER TYPE "public"."enum_donations_payment_method" ADD VALUE 'internal';
  ALTER TYPE "public"."enum_donations_provider" ADD VALUE 'internal';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'settleCampaigns';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'settleCampaigns';
  CREATE TABLE "payouts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"structure_id" integer,
  	"collected_cents" numeric NOT NULL,
  	"commission_cents" numeric NOT NULL,
  	"payout_cents" numeric NOT NULL,
  	"status" "enum_payouts_status" DEFAULT 'pending' NOT NULL,
  	"stripe_transfer_id" varchar,
  	"paid_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fund_movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_fund_movements_kind" DEFAULT 'top_up' NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"project_id" integer,
  	"partner" varchar,
  	"note" varchar,
  	"donation_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "users_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "structures" ADD COLUMN "stripe_account_id" varchar;
  ALTER TABLE "donations" ADD COLUMN "approved_at" timestamp(3) with time zone;
  ALTER TABLE "donations" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "donations" ADD COLUMN "choice_deadline" timestamp(3) with time zone;
  ALTER TABLE "donations" ADD COLUMN "refund_requested_at" timestamp(3) with time zone;
  ALTER TABLE "donations" ADD COLUMN "refund_id" varchar;
  ALTER TABLE "donations" ADD COLUMN "settled_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payouts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fund_movements_id" integer;
  ALTER TABLE "payouts" ADD CONSTRAINT "payouts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payouts" ADD CONSTRAINT "payouts_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_movements" ADD CONSTRAINT "fund_movements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_movements" ADD CONSTRAINT "fund_movements_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fund_movements" ADD CONSTRAINT "fund_movements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "payouts_project_idx" ON "payouts" USING btree ("project_id");
  CREATE INDEX "payouts_structure_idx" ON "payouts" USING btree ("structure_id");
  CREATE INDEX "payouts_status_idx" ON "payouts" USING btree ("status");
  CREATE INDEX "payouts_updated_at_idx" ON "payouts" USING btree ("updated_at");
  CREATE INDEX "payouts_created_at_idx" ON "payouts" USING btree ("created_at");
  CREATE INDEX "fund_movements_project_idx" ON "fund_movements" USING btree ("project_id");
  CREATE INDEX "fund_movements_donation_idx" ON "fund_movements" USING btree ("donation_id");
  CREATE INDEX "fund_movements_created_by_idx" ON "fund_movements" USING btree ("created_by_id");
  CREATE INDEX "fund_movements_updated_at_idx" ON "fund_movements" USING btree ("updated_at");
  CREATE INDEX "fund_movements_created_at_idx" ON "fund_movements" USING btree ("created_at");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payouts_fk" FOREIGN KEY ("payouts_id") REFERENCES "public"."payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fund_movements_fk" FOREIGN KEY ("fund_movements_id") REFERENCES "public"."fund_movements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_projects_id_idx" ON "users_rels" USING btree ("projects_id");
  CREATE INDEX "donations_approved_by_idx" ON "donations" USING btree ("approved_by_id");
  CREATE INDEX "payload_locked_documents_rels_payouts_id_idx" ON "payload_locked_documents_rels" USING btree ("payouts_id");
  CREATE INDEX "payload_locked_documents_rels_fund_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("fund_movements_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payouts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "fund_movements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payouts" CASCADE;
  DROP TABLE "fund_movements" CASCADE;
  ALTER TABLE "users_rels" DROP CONSTRAINT "users_rels_projects_fk";
  
  ALTER TABLE "donations" DROP CONSTRAINT "donations_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payouts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fund_movements_fk";
  
  ALTER TABLE "donations" ALTER COLUMN "payment_method" SET DATA TYPE text;
  DROP TYPE "public"."enum_donations_payment_method";
  CREATE TYPE "public"."enum_donations_payment_method" AS ENUM('card', 'sepa_debit', 'transfer');
  ALTER TABLE "donations" ALTER COLUMN "payment_method" SET DATA TYPE "public"."enum_donations_payment_method" USING "payment_method"::"public"."enum_donations_payment_method";
  ALTER TABLE "donations" ALTER COLUMN "provider" SET DATA TYPE text;
  DROP TYPE "public"."enum_donations_provider";
  CREATE TYPE "public"."enum_donations_provider" AS ENUM('stripe', 'test', 'transfer');
  ALTER TABLE "donations" ALTER COLUMN "provider" SET DATA TYPE "public"."enum_donations_provider" USING "provider"::"public"."enum_donations_provider";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_rels_projects_id_idx";
  DROP INDEX "donations_approved_by_idx";
  DROP INDEX "payload_locked_documents_rels_payouts_id_idx";
  DROP INDEX "payload_locked_documents_rels_fund_movements_id_idx";
  ALTER TABLE "users" DROP COLUMN "erased_at";
  ALTER TABLE "users_rels" DROP COLUMN "projects_id";
  ALTER TABLE "structures" DROP COLUMN "stripe_account_id";
  ALTER TABLE "donations" DROP COLUMN "approved_at";
  ALTER TABLE "donations" DROP COLUMN "approved_by_id";
  ALTER TABLE "donations" DROP COLUMN "choice_deadline";
  ALTER TABLE "donations" DROP COLUMN "refund_requested_at";
  ALTER TABLE "donations" DROP COLUMN "refund_id";
  ALTER TABLE "donations" DROP COLUMN "settled_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payouts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fund_movements_id";
  DROP TYPE "public"."enum_payouts_status";
  DROP TYPE "public"."enum_fund_movements_kind";`)
}
