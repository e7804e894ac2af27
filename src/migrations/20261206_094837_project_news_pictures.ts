import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "project_news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"project_pictures_id" integer
  );
  
  ALTER TABLE "project_news_rels" ADD CONSTRAINT "project_news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."project_news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "project_news_rels" ADD CONSTRAINT "project_news_rels_project_pictures_fk" FOREIGN KEY ("project_pictures_id") REFERENCES "public"."project_pictures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "project_news_rels_order_idx" ON "project_news_rels" USING btree ("order");
  CREATE INDEX "project_news_rels_parent_idx" ON "project_news_rels" USING btree ("parent_id");
  CREATE INDEX "project_news_rels_path_idx" ON "project_news_rels" USING btree ("path");
  CREATE INDEX "project_news_rels_project_pictures_id_idx" ON "project_news_rels" USING btree ("project_pictures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "project_news_rels" CASCADE;`)
}
