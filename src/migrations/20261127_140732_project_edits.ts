import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "project_edits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"editor_id" integer NOT NULL,
  	"summary" varchar,
  	"changes" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_edits_id" integer;
  ALTER TABLE "project_edits" ADD CONSTRAINT "project_edits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_edits" ADD CONSTRAINT "project_edits_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "project_edits_project_idx" ON "project_edits" USING btree ("project_id");
  CREATE INDEX "project_edits_editor_idx" ON "project_edits" USING btree ("editor_id");
  CREATE INDEX "project_edits_updated_at_idx" ON "project_edits" USING btree ("updated_at");
  CREATE INDEX "project_edits_created_at_idx" ON "project_edits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_edits_fk" FOREIGN KEY ("project_edits_id") REFERENCES "public"."project_edits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_project_edits_id_idx" ON "payload_locked_documents_rels" USING btree ("project_edits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_edits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_edits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_edits_fk";
  
  DROP INDEX "payload_locked_documents_rels_project_edits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_edits_id";`)
}
