import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'applyRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'applyRetention';
  ALTER TABLE "donations" ADD COLUMN "donor_erased_at" timestamp(3) with time zone;
  ALTER TABLE "donations" ADD COLUMN "identity_anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "fiscal_receipts" ADD COLUMN "file_deleted_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns', 'issueReceipts', 'publishScheduledContent');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns', 'issueReceipts', 'publishScheduledContent');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "donations" DROP COLUMN "donor_erased_at";
  ALTER TABLE "donations" DROP COLUMN "identity_anonymised_at";
  ALTER TABLE "fiscal_receipts" DROP COLUMN "file_deleted_at";`)
}
