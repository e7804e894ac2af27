import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_project_news_visibility" AS ENUM('public', 'donors');
  CREATE TABLE "project_news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"project_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"visibility" "enum_project_news_visibility" DEFAULT 'public' NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_news_id" integer;
  ALTER TABLE "project_news" ADD CONSTRAINT "project_news_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_news" ADD CONSTRAINT "project_news_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "project_news_project_idx" ON "project_news" USING btree ("project_id");
  CREATE INDEX "project_news_author_idx" ON "project_news" USING btree ("author_id");
  CREATE INDEX "project_news_updated_at_idx" ON "project_news" USING btree ("updated_at");
  CREATE INDEX "project_news_created_at_idx" ON "project_news" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_news_fk" FOREIGN KEY ("project_news_id") REFERENCES "public"."project_news"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_project_news_id_idx" ON "payload_locked_documents_rels" USING btree ("project_news_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_news" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_news" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_news_fk";
  
  DROP INDEX "payload_locked_documents_rels_project_news_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_news_id";
  DROP TYPE "public"."enum_project_news_visibility";`)
}
