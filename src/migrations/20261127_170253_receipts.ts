import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_fiscal_receipts_status" AS ENUM('live', 'cancelled', 'flagged');
  CREATE TYPE "public"."enum_fiscal_receipts_form" AS ENUM('cerfa_11580', 'cerfa_16216');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'issueReceipts';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'issueReceipts';
  CREATE TABLE "fiscal_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"status" "enum_fiscal_receipts_status" NOT NULL,
  	"form" "enum_fiscal_receipts_form" NOT NULL,
  	"issuer_id" integer NOT NULL,
  	"year" numeric,
  	"sequence" numeric,
  	"issued_at" timestamp(3) with time zone,
  	"donation_id" integer NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"amount_in_words" varchar,
  	"gift_date" timestamp(3) with time zone,
  	"payment_method" varchar,
  	"donor_user_id" integer,
  	"donor_email" varchar,
  	"donor_name" varchar,
  	"donor_first_name" varchar,
  	"donor_last_name" varchar,
  	"donor_company_name" varchar,
  	"donor_legal_form" varchar,
  	"donor_siren" varchar,
  	"donor_address" varchar,
  	"donor_postcode" varchar,
  	"donor_city" varchar,
  	"donor_country" varchar,
  	"issuer_snapshot_name" varchar,
  	"issuer_snapshot_legal_id" varchar,
  	"issuer_snapshot_address" varchar,
  	"issuer_snapshot_purpose" varchar,
  	"issuer_snapshot_signatory_name" varchar,
  	"issuer_snapshot_signatory_role" varchar,
  	"replaces_id" integer,
  	"replaced_by_id" integer,
  	"note" varchar,
  	"file_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "receipt_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issuer_id" integer,
  	"donor_user_id" integer,
  	"donor_email" varchar,
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
  
  CREATE TABLE "solidarity_fund_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"holder_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "structures" ADD COLUMN "purpose" varchar;
  ALTER TABLE "structures" ADD COLUMN "eligible_for_receipts" boolean DEFAULT false;
  ALTER TABLE "structures" ADD COLUMN "issuer_code" varchar;
  ALTER TABLE "structures" ADD COLUMN "signatory_name" varchar;
  ALTER TABLE "structures" ADD COLUMN "signatory_role" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "fiscal_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "receipt_files_id" integer;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_issuer_id_structures_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_donor_user_id_users_id_fk" FOREIGN KEY ("donor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_replaces_id_fiscal_receipts_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."fiscal_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_replaced_by_id_fiscal_receipts_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."fiscal_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_file_id_receipt_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."receipt_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "receipt_files" ADD CONSTRAINT "receipt_files_issuer_id_structures_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "receipt_files" ADD CONSTRAINT "receipt_files_donor_user_id_users_id_fk" FOREIGN KEY ("donor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "solidarity_fund_settings" ADD CONSTRAINT "solidarity_fund_settings_holder_id_structures_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "fiscal_receipts_number_idx" ON "fiscal_receipts" USING btree ("number");
  CREATE INDEX "fiscal_receipts_status_idx" ON "fiscal_receipts" USING btree ("status");
  CREATE INDEX "fiscal_receipts_issuer_idx" ON "fiscal_receipts" USING btree ("issuer_id");
  CREATE INDEX "fiscal_receipts_year_idx" ON "fiscal_receipts" USING btree ("year");
  CREATE INDEX "fiscal_receipts_issued_at_idx" ON "fiscal_receipts" USING btree ("issued_at");
  CREATE INDEX "fiscal_receipts_donation_idx" ON "fiscal_receipts" USING btree ("donation_id");
  CREATE INDEX "fiscal_receipts_donor_user_idx" ON "fiscal_receipts" USING btree ("donor_user_id");
  CREATE INDEX "fiscal_receipts_donor_email_idx" ON "fiscal_receipts" USING btree ("donor_email");
  CREATE INDEX "fiscal_receipts_replaces_idx" ON "fiscal_receipts" USING btree ("replaces_id");
  CREATE INDEX "fiscal_receipts_replaced_by_idx" ON "fiscal_receipts" USING btree ("replaced_by_id");
  CREATE INDEX "fiscal_receipts_file_idx" ON "fiscal_receipts" USING btree ("file_id");
  CREATE INDEX "fiscal_receipts_updated_at_idx" ON "fiscal_receipts" USING btree ("updated_at");
  CREATE INDEX "fiscal_receipts_created_at_idx" ON "fiscal_receipts" USING btree ("created_at");
  CREATE UNIQUE INDEX "issuer_year_sequence_idx" ON "fiscal_receipts" USING btree ("issuer_id","year","sequence");
  CREATE INDEX "receipt_files_issuer_idx" ON "receipt_files" USING btree ("issuer_id");
  CREATE INDEX "receipt_files_donor_user_idx" ON "receipt_files" USING btree ("donor_user_id");
  CREATE INDEX "receipt_files_donor_email_idx" ON "receipt_files" USING btree ("donor_email");
  CREATE INDEX "receipt_files_updated_at_idx" ON "receipt_files" USING btree ("updated_at");
  CREATE INDEX "receipt_files_created_at_idx" ON "receipt_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "receipt_files_filename_idx" ON "receipt_files" USING btree ("filename");
  CREATE INDEX "solidarity_fund_settings_holder_idx" ON "solidarity_fund_settings" USING btree ("holder_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fiscal_receipts_fk" FOREIGN KEY ("fiscal_receipts_id") REFERENCES "public"."fiscal_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_receipt_files_fk" FOREIGN KEY ("receipt_files_id") REFERENCES "public"."receipt_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "structures_issuer_code_idx" ON "structures" USING btree ("issuer_code");
  -- Hand-added: at most one live receipt per gift (a cancelled one may sit beside its replacement).
  CREATE UNIQUE INDEX "fiscal_receipts_one_live_per_donation" ON "fiscal_receipts" USING btree ("donation_id") WHERE "status" IN ('live', 'flagged');
  CREATE INDEX "payload_locked_documents_rels_fiscal_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("fiscal_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_receipt_files_id_idx" ON "payload_locked_documents_rels" USING btree ("receipt_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fiscal_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "receipt_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "solidarity_fund_settings" DISABLE ROW LEVEL SECURITY;
  DROP INDEX IF EXISTS "fiscal_receipts_one_live_per_donation";
  DROP TABLE "fiscal_receipts" CASCADE;
  DROP TABLE "receipt_files" CASCADE;
  DROP TABLE "solidarity_fund_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_fiscal_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_receipt_files_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "structures_issuer_code_idx";
  DROP INDEX "payload_locked_documents_rels_fiscal_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_receipt_files_id_idx";
  ALTER TABLE "structures" DROP COLUMN "purpose";
  ALTER TABLE "structures" DROP COLUMN "eligible_for_receipts";
  ALTER TABLE "structures" DROP COLUMN "issuer_code";
  ALTER TABLE "structures" DROP COLUMN "signatory_name";
  ALTER TABLE "structures" DROP COLUMN "signatory_role";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "fiscal_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "receipt_files_id";
  DROP TYPE "public"."enum_fiscal_receipts_status";
  DROP TYPE "public"."enum_fiscal_receipts_form";`)
}
