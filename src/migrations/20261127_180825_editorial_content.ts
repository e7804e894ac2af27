import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_latest_kind" AS ENUM('expert-articles', 'news', 'workshop-kits', 'projects');
  CREATE TYPE "public"."enum__pages_v_blocks_latest_kind" AS ENUM('expert-articles', 'news', 'workshop-kits', 'projects');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_expert_articles_themes" AS ENUM('children_digital_uses', 'school_digital_tools', 'code_robotics_ai', 'video_games_esport', 'cyber_harassment', 'safe_internet_use');
  CREATE TYPE "public"."enum_expert_articles_audiences" AS ENUM('primary_parents', 'college_parents', 'professionals');
  CREATE TYPE "public"."enum_expert_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__expert_articles_v_version_themes" AS ENUM('children_digital_uses', 'school_digital_tools', 'code_robotics_ai', 'video_games_esport', 'cyber_harassment', 'safe_internet_use');
  CREATE TYPE "public"."enum__expert_articles_v_version_audiences" AS ENUM('primary_parents', 'college_parents', 'professionals');
  CREATE TYPE "public"."enum__expert_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_workshop_kits_audiences" AS ENUM('parents', 'families', 'professionals');
  CREATE TYPE "public"."enum_workshop_kits_levels" AS ENUM('ecole', 'college', 'lycee');
  CREATE TYPE "public"."enum_workshop_kits_themes" AS ENUM('children_digital_uses', 'school_digital_tools', 'code_robotics_ai', 'video_games_esport', 'cyber_harassment', 'safe_internet_use');
  CREATE TYPE "public"."enum_workshop_kits_format" AS ENUM('workshop', 'parents_cafe', 'conference', 'forum', 'escape_game', 'theatre', 'drop_in', 'mediator_training');
  CREATE TYPE "public"."enum_workshop_kits_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__workshop_kits_v_version_audiences" AS ENUM('parents', 'families', 'professionals');
  CREATE TYPE "public"."enum__workshop_kits_v_version_levels" AS ENUM('ecole', 'college', 'lycee');
  CREATE TYPE "public"."enum__workshop_kits_v_version_themes" AS ENUM('children_digital_uses', 'school_digital_tools', 'code_robotics_ai', 'video_games_esport', 'cyber_harassment', 'safe_internet_use');
  CREATE TYPE "public"."enum__workshop_kits_v_version_format" AS ENUM('workshop', 'parents_cafe', 'conference', 'forum', 'escape_game', 'theatre', 'drop_in', 'mediator_training');
  CREATE TYPE "public"."enum__workshop_kits_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_redirects_type" AS ENUM('301', '302');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishScheduledContent';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishScheduledContent';
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_cards_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "pages_blocks_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_media" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_latest" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"kind" "enum_pages_blocks_latest_kind",
  	"count" numeric DEFAULT 3,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cards_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_media" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_latest" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"kind" "enum__pages_v_blocks_latest_kind",
  	"count" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
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
  	"sizes_portrait_url" varchar,
  	"sizes_portrait_width" numeric,
  	"sizes_portrait_height" numeric,
  	"sizes_portrait_mime_type" varchar,
  	"sizes_portrait_filesize" numeric,
  	"sizes_portrait_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar NOT NULL,
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
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"slug" varchar,
  	"excerpt" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"published_date" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_published_date" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "expert_articles_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_expert_articles_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "expert_articles_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_expert_articles_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "expert_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"slug" varchar,
  	"expert_name" varchar,
  	"expert_role" varchar,
  	"expert_photo_id" integer,
  	"excerpt" varchar,
  	"body" jsonb,
  	"published_date" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_expert_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_expert_articles_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__expert_articles_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_expert_articles_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__expert_articles_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_expert_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_expert_name" varchar,
  	"version_expert_role" varchar,
  	"version_expert_photo_id" integer,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_published_date" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__expert_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "workshop_kits_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_workshop_kits_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workshop_kits_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_workshop_kits_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workshop_kits_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_workshop_kits_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workshop_kits_material" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "workshop_kits_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"duration_minutes" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "workshop_kits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"format" "enum_workshop_kits_format",
  	"duration_minutes" numeric,
  	"body" jsonb,
  	"published_date" timestamp(3) with time zone,
  	"publish_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_workshop_kits_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "workshop_kits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_workshop_kits_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__workshop_kits_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_workshop_kits_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__workshop_kits_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_workshop_kits_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__workshop_kits_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_workshop_kits_v_version_material" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workshop_kits_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"duration_minutes" numeric,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_workshop_kits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_format" "enum__workshop_kits_v_version_format",
  	"version_duration_minutes" numeric,
  	"version_body" jsonb,
  	"version_published_date" timestamp(3) with time zone,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__workshop_kits_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_workshop_kits_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"priority" numeric,
  	"tenant_id" integer,
  	"kind" varchar,
  	"url" varchar,
  	"excerpt" varchar,
  	"text" varchar,
  	"published_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"news_id" integer,
  	"expert_articles_id" integer,
  	"workshop_kits_id" integer
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"type" "enum_redirects_type" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"news_id" integer,
  	"expert_articles_id" integer,
  	"workshop_kits_id" integer
  );
  
  ALTER TABLE "pages" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "pages" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "pages" ADD COLUMN "parent_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_parent_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "expert_articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workshop_kits_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards_cards" ADD CONSTRAINT "pages_blocks_cards_cards_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards_cards" ADD CONSTRAINT "pages_blocks_cards_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cards" ADD CONSTRAINT "pages_blocks_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items" ADD CONSTRAINT "pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_figures" ADD CONSTRAINT "pages_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures" ADD CONSTRAINT "pages_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_media" ADD CONSTRAINT "pages_blocks_media_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_media" ADD CONSTRAINT "pages_blocks_media_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_latest" ADD CONSTRAINT "pages_blocks_latest_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_breadcrumbs" ADD CONSTRAINT "pages_breadcrumbs_doc_id_pages_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_breadcrumbs" ADD CONSTRAINT "pages_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_cards" ADD CONSTRAINT "_pages_v_blocks_cards_cards_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards_cards" ADD CONSTRAINT "_pages_v_blocks_cards_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cards" ADD CONSTRAINT "_pages_v_blocks_cards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items" ADD CONSTRAINT "_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_media" ADD CONSTRAINT "_pages_v_blocks_media_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_media" ADD CONSTRAINT "_pages_v_blocks_media_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_latest" ADD CONSTRAINT "_pages_v_blocks_latest_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_breadcrumbs" ADD CONSTRAINT "_pages_v_version_breadcrumbs_doc_id_pages_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_version_breadcrumbs" ADD CONSTRAINT "_pages_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expert_articles_themes" ADD CONSTRAINT "expert_articles_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expert_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expert_articles_audiences" ADD CONSTRAINT "expert_articles_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expert_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "expert_articles" ADD CONSTRAINT "expert_articles_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expert_articles" ADD CONSTRAINT "expert_articles_expert_photo_id_media_id_fk" FOREIGN KEY ("expert_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "expert_articles" ADD CONSTRAINT "expert_articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_expert_articles_v_version_themes" ADD CONSTRAINT "_expert_articles_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_expert_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_expert_articles_v_version_audiences" ADD CONSTRAINT "_expert_articles_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_expert_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_expert_articles_v" ADD CONSTRAINT "_expert_articles_v_parent_id_expert_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."expert_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_expert_articles_v" ADD CONSTRAINT "_expert_articles_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_expert_articles_v" ADD CONSTRAINT "_expert_articles_v_version_expert_photo_id_media_id_fk" FOREIGN KEY ("version_expert_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_expert_articles_v" ADD CONSTRAINT "_expert_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshop_kits_audiences" ADD CONSTRAINT "workshop_kits_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits_levels" ADD CONSTRAINT "workshop_kits_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits_themes" ADD CONSTRAINT "workshop_kits_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits_material" ADD CONSTRAINT "workshop_kits_material_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits_steps" ADD CONSTRAINT "workshop_kits_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits" ADD CONSTRAINT "workshop_kits_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshop_kits" ADD CONSTRAINT "workshop_kits_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshop_kits" ADD CONSTRAINT "workshop_kits_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workshop_kits_rels" ADD CONSTRAINT "workshop_kits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workshop_kits_rels" ADD CONSTRAINT "workshop_kits_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_version_audiences" ADD CONSTRAINT "_workshop_kits_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_version_levels" ADD CONSTRAINT "_workshop_kits_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_version_themes" ADD CONSTRAINT "_workshop_kits_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_version_material" ADD CONSTRAINT "_workshop_kits_v_version_material_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_version_steps" ADD CONSTRAINT "_workshop_kits_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v" ADD CONSTRAINT "_workshop_kits_v_parent_id_workshop_kits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workshop_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v" ADD CONSTRAINT "_workshop_kits_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v" ADD CONSTRAINT "_workshop_kits_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v" ADD CONSTRAINT "_workshop_kits_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_rels" ADD CONSTRAINT "_workshop_kits_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_workshop_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_workshop_kits_v_rels" ADD CONSTRAINT "_workshop_kits_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search" ADD CONSTRAINT "search_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_expert_articles_fk" FOREIGN KEY ("expert_articles_id") REFERENCES "public"."expert_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_workshop_kits_fk" FOREIGN KEY ("workshop_kits_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_expert_articles_fk" FOREIGN KEY ("expert_articles_id") REFERENCES "public"."expert_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_workshop_kits_fk" FOREIGN KEY ("workshop_kits_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "pages_blocks_cards_cards_order_idx" ON "pages_blocks_cards_cards" USING btree ("_order");
  CREATE INDEX "pages_blocks_cards_cards_parent_id_idx" ON "pages_blocks_cards_cards" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_cards_image_idx" ON "pages_blocks_cards_cards" USING btree ("image_id");
  CREATE INDEX "pages_blocks_cards_order_idx" ON "pages_blocks_cards" USING btree ("_order");
  CREATE INDEX "pages_blocks_cards_parent_id_idx" ON "pages_blocks_cards" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cards_path_idx" ON "pages_blocks_cards" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_faq_items_order_idx" ON "pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_items_parent_id_idx" ON "pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE INDEX "pages_blocks_key_figures_figures_order_idx" ON "pages_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_figures_parent_id_idx" ON "pages_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_order_idx" ON "pages_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_parent_id_idx" ON "pages_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_path_idx" ON "pages_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "pages_blocks_media_order_idx" ON "pages_blocks_media" USING btree ("_order");
  CREATE INDEX "pages_blocks_media_parent_id_idx" ON "pages_blocks_media" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_media_path_idx" ON "pages_blocks_media" USING btree ("_path");
  CREATE INDEX "pages_blocks_media_image_idx" ON "pages_blocks_media" USING btree ("image_id");
  CREATE INDEX "pages_blocks_latest_order_idx" ON "pages_blocks_latest" USING btree ("_order");
  CREATE INDEX "pages_blocks_latest_parent_id_idx" ON "pages_blocks_latest" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_latest_path_idx" ON "pages_blocks_latest" USING btree ("_path");
  CREATE INDEX "pages_breadcrumbs_order_idx" ON "pages_breadcrumbs" USING btree ("_order");
  CREATE INDEX "pages_breadcrumbs_parent_id_idx" ON "pages_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "pages_breadcrumbs_doc_idx" ON "pages_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_cards_cards_order_idx" ON "_pages_v_blocks_cards_cards" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cards_cards_parent_id_idx" ON "_pages_v_blocks_cards_cards" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_cards_image_idx" ON "_pages_v_blocks_cards_cards" USING btree ("image_id");
  CREATE INDEX "_pages_v_blocks_cards_order_idx" ON "_pages_v_blocks_cards" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cards_parent_id_idx" ON "_pages_v_blocks_cards" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cards_path_idx" ON "_pages_v_blocks_cards" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_faq_items_order_idx" ON "_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_items_parent_id_idx" ON "_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_order_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_parent_id_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_order_idx" ON "_pages_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_parent_id_idx" ON "_pages_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_path_idx" ON "_pages_v_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_media_order_idx" ON "_pages_v_blocks_media" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_media_parent_id_idx" ON "_pages_v_blocks_media" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_media_path_idx" ON "_pages_v_blocks_media" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_media_image_idx" ON "_pages_v_blocks_media" USING btree ("image_id");
  CREATE INDEX "_pages_v_blocks_latest_order_idx" ON "_pages_v_blocks_latest" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_latest_parent_id_idx" ON "_pages_v_blocks_latest" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_latest_path_idx" ON "_pages_v_blocks_latest" USING btree ("_path");
  CREATE INDEX "_pages_v_version_breadcrumbs_order_idx" ON "_pages_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_pages_v_version_breadcrumbs_parent_id_idx" ON "_pages_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_breadcrumbs_doc_idx" ON "_pages_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_portrait_sizes_portrait_filename_idx" ON "media" USING btree ("sizes_portrait_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "documents_tenant_idx" ON "documents" USING btree ("tenant_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "news_tenant_idx" ON "news" USING btree ("tenant_id");
  CREATE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_published_date_idx" ON "news" USING btree ("published_date");
  CREATE INDEX "news_publish_at_idx" ON "news" USING btree ("publish_at");
  CREATE INDEX "news_meta_meta_image_idx" ON "news" USING btree ("meta_image_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_1_idx" ON "news" USING btree ("tenant_id","slug");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_tenant_idx" ON "_news_v" USING btree ("version_tenant_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_published_date_idx" ON "_news_v" USING btree ("version_published_date");
  CREATE INDEX "_news_v_version_version_publish_at_idx" ON "_news_v" USING btree ("version_publish_at");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_autosave_idx" ON "_news_v" USING btree ("autosave");
  CREATE INDEX "version_tenant_version_slug_1_idx" ON "_news_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "expert_articles_themes_order_idx" ON "expert_articles_themes" USING btree ("order");
  CREATE INDEX "expert_articles_themes_parent_idx" ON "expert_articles_themes" USING btree ("parent_id");
  CREATE INDEX "expert_articles_audiences_order_idx" ON "expert_articles_audiences" USING btree ("order");
  CREATE INDEX "expert_articles_audiences_parent_idx" ON "expert_articles_audiences" USING btree ("parent_id");
  CREATE INDEX "expert_articles_tenant_idx" ON "expert_articles" USING btree ("tenant_id");
  CREATE INDEX "expert_articles_slug_idx" ON "expert_articles" USING btree ("slug");
  CREATE INDEX "expert_articles_expert_expert_photo_idx" ON "expert_articles" USING btree ("expert_photo_id");
  CREATE INDEX "expert_articles_published_date_idx" ON "expert_articles" USING btree ("published_date");
  CREATE INDEX "expert_articles_publish_at_idx" ON "expert_articles" USING btree ("publish_at");
  CREATE INDEX "expert_articles_meta_meta_image_idx" ON "expert_articles" USING btree ("meta_image_id");
  CREATE INDEX "expert_articles_updated_at_idx" ON "expert_articles" USING btree ("updated_at");
  CREATE INDEX "expert_articles_created_at_idx" ON "expert_articles" USING btree ("created_at");
  CREATE INDEX "expert_articles__status_idx" ON "expert_articles" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_2_idx" ON "expert_articles" USING btree ("tenant_id","slug");
  CREATE INDEX "_expert_articles_v_version_themes_order_idx" ON "_expert_articles_v_version_themes" USING btree ("order");
  CREATE INDEX "_expert_articles_v_version_themes_parent_idx" ON "_expert_articles_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_expert_articles_v_version_audiences_order_idx" ON "_expert_articles_v_version_audiences" USING btree ("order");
  CREATE INDEX "_expert_articles_v_version_audiences_parent_idx" ON "_expert_articles_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_expert_articles_v_parent_idx" ON "_expert_articles_v" USING btree ("parent_id");
  CREATE INDEX "_expert_articles_v_version_version_tenant_idx" ON "_expert_articles_v" USING btree ("version_tenant_id");
  CREATE INDEX "_expert_articles_v_version_version_slug_idx" ON "_expert_articles_v" USING btree ("version_slug");
  CREATE INDEX "_expert_articles_v_version_expert_version_expert_photo_idx" ON "_expert_articles_v" USING btree ("version_expert_photo_id");
  CREATE INDEX "_expert_articles_v_version_version_published_date_idx" ON "_expert_articles_v" USING btree ("version_published_date");
  CREATE INDEX "_expert_articles_v_version_version_publish_at_idx" ON "_expert_articles_v" USING btree ("version_publish_at");
  CREATE INDEX "_expert_articles_v_version_meta_version_meta_image_idx" ON "_expert_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_expert_articles_v_version_version_updated_at_idx" ON "_expert_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_expert_articles_v_version_version_created_at_idx" ON "_expert_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_expert_articles_v_version_version__status_idx" ON "_expert_articles_v" USING btree ("version__status");
  CREATE INDEX "_expert_articles_v_created_at_idx" ON "_expert_articles_v" USING btree ("created_at");
  CREATE INDEX "_expert_articles_v_updated_at_idx" ON "_expert_articles_v" USING btree ("updated_at");
  CREATE INDEX "_expert_articles_v_latest_idx" ON "_expert_articles_v" USING btree ("latest");
  CREATE INDEX "_expert_articles_v_autosave_idx" ON "_expert_articles_v" USING btree ("autosave");
  CREATE INDEX "version_tenant_version_slug_2_idx" ON "_expert_articles_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "workshop_kits_audiences_order_idx" ON "workshop_kits_audiences" USING btree ("order");
  CREATE INDEX "workshop_kits_audiences_parent_idx" ON "workshop_kits_audiences" USING btree ("parent_id");
  CREATE INDEX "workshop_kits_levels_order_idx" ON "workshop_kits_levels" USING btree ("order");
  CREATE INDEX "workshop_kits_levels_parent_idx" ON "workshop_kits_levels" USING btree ("parent_id");
  CREATE INDEX "workshop_kits_themes_order_idx" ON "workshop_kits_themes" USING btree ("order");
  CREATE INDEX "workshop_kits_themes_parent_idx" ON "workshop_kits_themes" USING btree ("parent_id");
  CREATE INDEX "workshop_kits_material_order_idx" ON "workshop_kits_material" USING btree ("_order");
  CREATE INDEX "workshop_kits_material_parent_id_idx" ON "workshop_kits_material" USING btree ("_parent_id");
  CREATE INDEX "workshop_kits_steps_order_idx" ON "workshop_kits_steps" USING btree ("_order");
  CREATE INDEX "workshop_kits_steps_parent_id_idx" ON "workshop_kits_steps" USING btree ("_parent_id");
  CREATE INDEX "workshop_kits_tenant_idx" ON "workshop_kits" USING btree ("tenant_id");
  CREATE INDEX "workshop_kits_slug_idx" ON "workshop_kits" USING btree ("slug");
  CREATE INDEX "workshop_kits_cover_idx" ON "workshop_kits" USING btree ("cover_id");
  CREATE INDEX "workshop_kits_published_date_idx" ON "workshop_kits" USING btree ("published_date");
  CREATE INDEX "workshop_kits_publish_at_idx" ON "workshop_kits" USING btree ("publish_at");
  CREATE INDEX "workshop_kits_meta_meta_image_idx" ON "workshop_kits" USING btree ("meta_image_id");
  CREATE INDEX "workshop_kits_updated_at_idx" ON "workshop_kits" USING btree ("updated_at");
  CREATE INDEX "workshop_kits_created_at_idx" ON "workshop_kits" USING btree ("created_at");
  CREATE INDEX "workshop_kits__status_idx" ON "workshop_kits" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_slug_3_idx" ON "workshop_kits" USING btree ("tenant_id","slug");
  CREATE INDEX "workshop_kits_rels_order_idx" ON "workshop_kits_rels" USING btree ("order");
  CREATE INDEX "workshop_kits_rels_parent_idx" ON "workshop_kits_rels" USING btree ("parent_id");
  CREATE INDEX "workshop_kits_rels_path_idx" ON "workshop_kits_rels" USING btree ("path");
  CREATE INDEX "workshop_kits_rels_documents_id_idx" ON "workshop_kits_rels" USING btree ("documents_id");
  CREATE INDEX "_workshop_kits_v_version_audiences_order_idx" ON "_workshop_kits_v_version_audiences" USING btree ("order");
  CREATE INDEX "_workshop_kits_v_version_audiences_parent_idx" ON "_workshop_kits_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_workshop_kits_v_version_levels_order_idx" ON "_workshop_kits_v_version_levels" USING btree ("order");
  CREATE INDEX "_workshop_kits_v_version_levels_parent_idx" ON "_workshop_kits_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_workshop_kits_v_version_themes_order_idx" ON "_workshop_kits_v_version_themes" USING btree ("order");
  CREATE INDEX "_workshop_kits_v_version_themes_parent_idx" ON "_workshop_kits_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_workshop_kits_v_version_material_order_idx" ON "_workshop_kits_v_version_material" USING btree ("_order");
  CREATE INDEX "_workshop_kits_v_version_material_parent_id_idx" ON "_workshop_kits_v_version_material" USING btree ("_parent_id");
  CREATE INDEX "_workshop_kits_v_version_steps_order_idx" ON "_workshop_kits_v_version_steps" USING btree ("_order");
  CREATE INDEX "_workshop_kits_v_version_steps_parent_id_idx" ON "_workshop_kits_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_workshop_kits_v_parent_idx" ON "_workshop_kits_v" USING btree ("parent_id");
  CREATE INDEX "_workshop_kits_v_version_version_tenant_idx" ON "_workshop_kits_v" USING btree ("version_tenant_id");
  CREATE INDEX "_workshop_kits_v_version_version_slug_idx" ON "_workshop_kits_v" USING btree ("version_slug");
  CREATE INDEX "_workshop_kits_v_version_version_cover_idx" ON "_workshop_kits_v" USING btree ("version_cover_id");
  CREATE INDEX "_workshop_kits_v_version_version_published_date_idx" ON "_workshop_kits_v" USING btree ("version_published_date");
  CREATE INDEX "_workshop_kits_v_version_version_publish_at_idx" ON "_workshop_kits_v" USING btree ("version_publish_at");
  CREATE INDEX "_workshop_kits_v_version_meta_version_meta_image_idx" ON "_workshop_kits_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_workshop_kits_v_version_version_updated_at_idx" ON "_workshop_kits_v" USING btree ("version_updated_at");
  CREATE INDEX "_workshop_kits_v_version_version_created_at_idx" ON "_workshop_kits_v" USING btree ("version_created_at");
  CREATE INDEX "_workshop_kits_v_version_version__status_idx" ON "_workshop_kits_v" USING btree ("version__status");
  CREATE INDEX "_workshop_kits_v_created_at_idx" ON "_workshop_kits_v" USING btree ("created_at");
  CREATE INDEX "_workshop_kits_v_updated_at_idx" ON "_workshop_kits_v" USING btree ("updated_at");
  CREATE INDEX "_workshop_kits_v_latest_idx" ON "_workshop_kits_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_slug_3_idx" ON "_workshop_kits_v" USING btree ("version_tenant_id","version_slug");
  CREATE INDEX "_workshop_kits_v_rels_order_idx" ON "_workshop_kits_v_rels" USING btree ("order");
  CREATE INDEX "_workshop_kits_v_rels_parent_idx" ON "_workshop_kits_v_rels" USING btree ("parent_id");
  CREATE INDEX "_workshop_kits_v_rels_path_idx" ON "_workshop_kits_v_rels" USING btree ("path");
  CREATE INDEX "_workshop_kits_v_rels_documents_id_idx" ON "_workshop_kits_v_rels" USING btree ("documents_id");
  CREATE INDEX "search_tenant_idx" ON "search" USING btree ("tenant_id");
  CREATE INDEX "search_kind_idx" ON "search" USING btree ("kind");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_pages_id_idx" ON "search_rels" USING btree ("pages_id");
  CREATE INDEX "search_rels_news_id_idx" ON "search_rels" USING btree ("news_id");
  CREATE INDEX "search_rels_expert_articles_id_idx" ON "search_rels" USING btree ("expert_articles_id");
  CREATE INDEX "search_rels_workshop_kits_id_idx" ON "search_rels" USING btree ("workshop_kits_id");
  CREATE INDEX "redirects_tenant_idx" ON "redirects" USING btree ("tenant_id");
  CREATE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_from_idx" ON "redirects" USING btree ("tenant_id","from");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  CREATE INDEX "redirects_rels_news_id_idx" ON "redirects_rels" USING btree ("news_id");
  CREATE INDEX "redirects_rels_expert_articles_id_idx" ON "redirects_rels" USING btree ("expert_articles_id");
  CREATE INDEX "redirects_rels_workshop_kits_id_idx" ON "redirects_rels" USING btree ("workshop_kits_id");
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_parent_id_pages_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expert_articles_fk" FOREIGN KEY ("expert_articles_id") REFERENCES "public"."expert_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workshop_kits_fk" FOREIGN KEY ("workshop_kits_id") REFERENCES "public"."workshop_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_publish_at_idx" ON "pages" USING btree ("publish_at");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_parent_idx" ON "pages" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_publish_at_idx" ON "_pages_v" USING btree ("version_publish_at");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_parent_idx" ON "_pages_v" USING btree ("version_parent_id");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_expert_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("expert_articles_id");
  CREATE INDEX "payload_locked_documents_rels_workshop_kits_id_idx" ON "payload_locked_documents_rels" USING btree ("workshop_kits_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_cards_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_latest" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_latest" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_breadcrumbs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "expert_articles_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "expert_articles_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "expert_articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_expert_articles_v_version_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_expert_articles_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_expert_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_material" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workshop_kits_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_version_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_version_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_version_material" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_workshop_kits_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_cards_cards" CASCADE;
  DROP TABLE "pages_blocks_cards" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_faq_items" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_key_figures_figures" CASCADE;
  DROP TABLE "pages_blocks_key_figures" CASCADE;
  DROP TABLE "pages_blocks_media" CASCADE;
  DROP TABLE "pages_blocks_latest" CASCADE;
  DROP TABLE "pages_breadcrumbs" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_cards_cards" CASCADE;
  DROP TABLE "_pages_v_blocks_cards" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_media" CASCADE;
  DROP TABLE "_pages_v_blocks_latest" CASCADE;
  DROP TABLE "_pages_v_version_breadcrumbs" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "expert_articles_themes" CASCADE;
  DROP TABLE "expert_articles_audiences" CASCADE;
  DROP TABLE "expert_articles" CASCADE;
  DROP TABLE "_expert_articles_v_version_themes" CASCADE;
  DROP TABLE "_expert_articles_v_version_audiences" CASCADE;
  DROP TABLE "_expert_articles_v" CASCADE;
  DROP TABLE "workshop_kits_audiences" CASCADE;
  DROP TABLE "workshop_kits_levels" CASCADE;
  DROP TABLE "workshop_kits_themes" CASCADE;
  DROP TABLE "workshop_kits_material" CASCADE;
  DROP TABLE "workshop_kits_steps" CASCADE;
  DROP TABLE "workshop_kits" CASCADE;
  DROP TABLE "workshop_kits_rels" CASCADE;
  DROP TABLE "_workshop_kits_v_version_audiences" CASCADE;
  DROP TABLE "_workshop_kits_v_version_levels" CASCADE;
  DROP TABLE "_workshop_kits_v_version_themes" CASCADE;
  DROP TABLE "_workshop_kits_v_version_material" CASCADE;
  DROP TABLE "_workshop_kits_v_version_steps" CASCADE;
  DROP TABLE "_workshop_kits_v" CASCADE;
  DROP TABLE "_workshop_kits_v_rels" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "pages" DROP CONSTRAINT "pages_meta_image_id_media_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_parent_id_pages_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_parent_id_pages_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_expert_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workshop_kits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns', 'issueReceipts');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'advanceCampaigns', 'applyPaymentEvent', 'settleCampaigns', 'issueReceipts');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "pages_publish_at_idx";
  DROP INDEX "pages_meta_meta_image_idx";
  DROP INDEX "pages_parent_idx";
  DROP INDEX "_pages_v_version_version_publish_at_idx";
  DROP INDEX "_pages_v_version_meta_version_meta_image_idx";
  DROP INDEX "_pages_v_version_version_parent_idx";
  DROP INDEX "_pages_v_autosave_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_expert_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_workshop_kits_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "pages" DROP COLUMN "publish_at";
  ALTER TABLE "pages" DROP COLUMN "meta_title";
  ALTER TABLE "pages" DROP COLUMN "meta_description";
  ALTER TABLE "pages" DROP COLUMN "meta_image_id";
  ALTER TABLE "pages" DROP COLUMN "parent_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_pages_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_parent_id";
  ALTER TABLE "_pages_v" DROP COLUMN "autosave";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "expert_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workshop_kits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_pages_blocks_latest_kind";
  DROP TYPE "public"."enum__pages_v_blocks_latest_kind";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_expert_articles_themes";
  DROP TYPE "public"."enum_expert_articles_audiences";
  DROP TYPE "public"."enum_expert_articles_status";
  DROP TYPE "public"."enum__expert_articles_v_version_themes";
  DROP TYPE "public"."enum__expert_articles_v_version_audiences";
  DROP TYPE "public"."enum__expert_articles_v_version_status";
  DROP TYPE "public"."enum_workshop_kits_audiences";
  DROP TYPE "public"."enum_workshop_kits_levels";
  DROP TYPE "public"."enum_workshop_kits_themes";
  DROP TYPE "public"."enum_workshop_kits_format";
  DROP TYPE "public"."enum_workshop_kits_status";
  DROP TYPE "public"."enum__workshop_kits_v_version_audiences";
  DROP TYPE "public"."enum__workshop_kits_v_version_levels";
  DROP TYPE "public"."enum__workshop_kits_v_version_themes";
  DROP TYPE "public"."enum__workshop_kits_v_version_format";
  DROP TYPE "public"."enum__workshop_kits_v_version_status";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_type";`)
}
