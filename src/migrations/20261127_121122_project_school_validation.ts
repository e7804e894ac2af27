import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_projects_coaching_sent" AS ENUM('week_in', 'eight_days_left', 'two_days_left_below_minimum');
  CREATE TABLE "projects_coaching_sent" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_coaching_sent",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "projects" ADD COLUMN "school_head_name" varchar;
  ALTER TABLE "projects" ADD COLUMN "school_head_email" varchar;
  ALTER TABLE "projects" ADD COLUMN "school_validation_nonce" varchar;
  ALTER TABLE "projects" ADD COLUMN "school_validation_sent_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "school_validation_expires_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "school_validation_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "projects" ADD COLUMN "collected_cents" numeric DEFAULT 0;
  ALTER TABLE "projects" ADD COLUMN "donor_count" numeric DEFAULT 0;
  ALTER TABLE "projects_coaching_sent" ADD CONSTRAINT "projects_coaching_sent_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "projects_coaching_sent_order_idx" ON "projects_coaching_sent" USING btree ("order");
  CREATE INDEX "projects_coaching_sent_parent_idx" ON "projects_coaching_sent" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "projects_coaching_sent" CASCADE;
  ALTER TABLE "projects" DROP COLUMN "school_head_name";
  ALTER TABLE "projects" DROP COLUMN "school_head_email";
  ALTER TABLE "projects" DROP COLUMN "school_validation_nonce";
  ALTER TABLE "projects" DROP COLUMN "school_validation_sent_at";
  ALTER TABLE "projects" DROP COLUMN "school_validation_expires_at";
  ALTER TABLE "projects" DROP COLUMN "school_validation_confirmed_at";
  ALTER TABLE "projects" DROP COLUMN "collected_cents";
  ALTER TABLE "projects" DROP COLUMN "donor_count";
  DROP TYPE "public"."enum_projects_coaching_sent";`)
}
