import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_courte_echelle_suggestion" AS ENUM('rep', 'rep_plus', 'vocational_lycee', 'isolated_rural', 'inclusive_project');
  CREATE TABLE "projects_courte_echelle_suggestion" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_courte_echelle_suggestion",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "projects_courte_echelle_suggestion" ADD CONSTRAINT "projects_courte_echelle_suggestion_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_courte_echelle_suggestion_order_idx" ON "projects_courte_echelle_suggestion" USING btree ("order");
  CREATE INDEX "projects_courte_echelle_suggestion_parent_idx" ON "projects_courte_echelle_suggestion" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "projects_courte_echelle_suggestion" CASCADE;
  DROP TYPE "public"."enum_projects_courte_echelle_suggestion";`)
}
