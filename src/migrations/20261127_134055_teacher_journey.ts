import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "project_pictures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"project_id" integer,
  	"owner_id" integer,
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
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  ALTER TABLE "users" ADD COLUMN "_verified" boolean;
  ALTER TABLE "users" ADD COLUMN "_verificationtoken" varchar;
  -- Accounts that existed before e-mail verification was required keep signing in.
  UPDATE "users" SET "_verified" = true;
  ALTER TABLE "projects" ADD COLUMN "cover_id" integer;
  ALTER TABLE "projects_rels" ADD COLUMN "project_pictures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "project_pictures_id" integer;
  ALTER TABLE "editing_tips" ADD COLUMN "cover" varchar;
  ALTER TABLE "editing_tips" ADD COLUMN "gallery" varchar;
  ALTER TABLE "editing_tips" ADD COLUMN "school_head" varchar;
  ALTER TABLE "project_pictures" ADD CONSTRAINT "project_pictures_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "project_pictures" ADD CONSTRAINT "project_pictures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "project_pictures_project_idx" ON "project_pictures" USING btree ("project_id");
  CREATE INDEX "project_pictures_owner_idx" ON "project_pictures" USING btree ("owner_id");
  CREATE INDEX "project_pictures_updated_at_idx" ON "project_pictures" USING btree ("updated_at");
  CREATE INDEX "project_pictures_created_at_idx" ON "project_pictures" USING btree ("created_at");
  CREATE UNIQUE INDEX "project_pictures_filename_idx" ON "project_pictures" USING btree ("filename");
  CREATE INDEX "project_pictures_sizes_card_sizes_card_filename_idx" ON "project_pictures" USING btree ("sizes_card_filename");
  CREATE INDEX "project_pictures_sizes_large_sizes_large_filename_idx" ON "project_pictures" USING btree ("sizes_large_filename");
  ALTER TABLE "projects" ADD CONSTRAINT "projects_cover_id_project_pictures_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."project_pictures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_project_pictures_fk" FOREIGN KEY ("project_pictures_id") REFERENCES "public"."project_pictures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_project_pictures_fk" FOREIGN KEY ("project_pictures_id") REFERENCES "public"."project_pictures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_cover_idx" ON "projects" USING btree ("cover_id");
  CREATE INDEX "projects_rels_project_pictures_id_idx" ON "projects_rels" USING btree ("project_pictures_id");
  CREATE INDEX "payload_locked_documents_rels_project_pictures_id_idx" ON "payload_locked_documents_rels" USING btree ("project_pictures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "project_pictures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "project_pictures" CASCADE;
  ALTER TABLE "projects" DROP CONSTRAINT "projects_cover_id_project_pictures_id_fk";
  
  ALTER TABLE "projects_rels" DROP CONSTRAINT "projects_rels_project_pictures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_project_pictures_fk";
  
  DROP INDEX "projects_cover_idx";
  DROP INDEX "projects_rels_project_pictures_id_idx";
  DROP INDEX "payload_locked_documents_rels_project_pictures_id_idx";
  ALTER TABLE "users" DROP COLUMN "_verified";
  ALTER TABLE "users" DROP COLUMN "_verificationtoken";
  ALTER TABLE "projects" DROP COLUMN "cover_id";
  ALTER TABLE "projects_rels" DROP COLUMN "project_pictures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "project_pictures_id";
  ALTER TABLE "editing_tips" DROP COLUMN "cover";
  ALTER TABLE "editing_tips" DROP COLUMN "gallery";
  ALTER TABLE "editing_tips" DROP COLUMN "school_head";`)
}
