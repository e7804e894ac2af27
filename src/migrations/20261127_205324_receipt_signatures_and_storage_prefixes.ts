import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_fiscal_receipts_status" ADD VALUE 'declined';
  CREATE TABLE "structure_signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"structure_id" integer NOT NULL,
  	"prefix" varchar DEFAULT 'structure-signatures',
  	"_objectkey" varchar,
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
  
  ALTER TABLE "structures" ADD COLUMN "signatory_signature_id" integer;
  ALTER TABLE "project_pictures" ADD COLUMN "prefix" varchar DEFAULT 'project-pictures';
  ALTER TABLE "project_pictures" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "fiscal_receipts" ADD COLUMN "issuer_snapshot_signature_id" integer;
  ALTER TABLE "receipt_files" ADD COLUMN "prefix" varchar DEFAULT 'receipt-files';
  ALTER TABLE "receipt_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "documents" ADD COLUMN "prefix" varchar DEFAULT 'documents';
  ALTER TABLE "documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "convention_files" ADD COLUMN "prefix" varchar DEFAULT 'convention-files';
  ALTER TABLE "convention_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "structure_signatures_id" integer;
  ALTER TABLE "structure_signatures" ADD CONSTRAINT "structure_signatures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "structure_signatures_structure_idx" ON "structure_signatures" USING btree ("structure_id");
  CREATE INDEX "structure_signatures_updated_at_idx" ON "structure_signatures" USING btree ("updated_at");
  CREATE INDEX "structure_signatures_created_at_idx" ON "structure_signatures" USING btree ("created_at");
  CREATE UNIQUE INDEX "structure_signatures_filename_idx" ON "structure_signatures" USING btree ("filename");
  ALTER TABLE "structures" ADD CONSTRAINT "structures_signatory_signature_id_structure_signatures_id_fk" FOREIGN KEY ("signatory_signature_id") REFERENCES "public"."structure_signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fiscal_receipts" ADD CONSTRAINT "fiscal_receipts_issuer_snapshot_signature_id_structure_signatures_id_fk" FOREIGN KEY ("issuer_snapshot_signature_id") REFERENCES "public"."structure_signatures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_structure_signatures_fk" FOREIGN KEY ("structure_signatures_id") REFERENCES "public"."structure_signatures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "structures_signatory_signatory_signature_idx" ON "structures" USING btree ("signatory_signature_id");
  CREATE INDEX "fiscal_receipts_issuer_snapshot_issuer_snapshot_signatur_idx" ON "fiscal_receipts" USING btree ("issuer_snapshot_signature_id");
  CREATE INDEX "payload_locked_documents_rels_structure_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("structure_signatures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "structure_signatures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "structure_signatures" CASCADE;
  ALTER TABLE "structures" DROP CONSTRAINT "structures_signatory_signature_id_structure_signatures_id_fk";
  
  ALTER TABLE "fiscal_receipts" DROP CONSTRAINT "fiscal_receipts_issuer_snapshot_signature_id_structure_signatures_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_structure_signatures_fk";
  
  ALTER TABLE "fiscal_receipts" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_fiscal_receipts_status";
  CREATE TYPE "public"."enum_fiscal_receipts_status" AS ENUM('live', 'cancelled', 'flagged');
  ALTER TABLE "fiscal_receipts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_fiscal_receipts_status" USING "status"::"public"."enum_fiscal_receipts_status";
  DROP INDEX "structures_signatory_signatory_signature_idx";
  DROP INDEX "fiscal_receipts_issuer_snapshot_issuer_snapshot_signatur_idx";
  DROP INDEX "payload_locked_documents_rels_structure_signatures_id_idx";
  ALTER TABLE "structures" DROP COLUMN "signatory_signature_id";
  ALTER TABLE "project_pictures" DROP COLUMN "prefix";
  ALTER TABLE "project_pictures" DROP COLUMN "_objectkey";
  ALTER TABLE "fiscal_receipts" DROP COLUMN "issuer_snapshot_signature_id";
  ALTER TABLE "receipt_files" DROP COLUMN "prefix";
  ALTER TABLE "receipt_files" DROP COLUMN "_objectkey";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "documents" DROP COLUMN "prefix";
  ALTER TABLE "documents" DROP COLUMN "_objectkey";
  ALTER TABLE "convention_files" DROP COLUMN "prefix";
  ALTER TABLE "convention_files" DROP COLUMN "_objectkey";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "structure_signatures_id";`)
}
