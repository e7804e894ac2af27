import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legacy_import_labels_kinds_kind" AS ENUM('outing', 'stay_with_nights', 'international_trip', 'equipment', 'creation_show', 'other');
  CREATE TABLE "themes_alternative_labels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "legacy_import_labels_kinds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"kind" "enum_legacy_import_labels_kinds_kind" NOT NULL
  );
  
  CREATE TABLE "legacy_import_labels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "themes_alternative_labels" ADD CONSTRAINT "themes_alternative_labels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legacy_import_labels_kinds" ADD CONSTRAINT "legacy_import_labels_kinds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legacy_import_labels"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "themes_alternative_labels_order_idx" ON "themes_alternative_labels" USING btree ("_order");
  CREATE INDEX "themes_alternative_labels_parent_id_idx" ON "themes_alternative_labels" USING btree ("_parent_id");
  CREATE INDEX "legacy_import_labels_kinds_order_idx" ON "legacy_import_labels_kinds" USING btree ("_order");
  CREATE INDEX "legacy_import_labels_kinds_parent_id_idx" ON "legacy_import_labels_kinds" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "themes_alternative_labels" CASCADE;
  DROP TABLE "legacy_import_labels_kinds" CASCADE;
  DROP TABLE "legacy_import_labels" CASCADE;
  DROP TYPE "public"."enum_legacy_import_labels_kinds_kind";`)
}
