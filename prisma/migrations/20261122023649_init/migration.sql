-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'TRANSLATOR');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('ACTIVE', 'CORRECTED', 'SUPERSEDED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'TRANSLATOR',
    "locales" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "disabled_at" TIMESTAMP(3),
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_translations" (
    "event_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,

    CONSTRAINT "event_translations_pkey" PRIMARY KEY ("event_id","locale")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic_translations" (
    "topic_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "topic_translations_pkey" PRIMARY KEY ("topic_id","locale")
);

-- CreateTable
CREATE TABLE "announcements" (
    "id" TEXT NOT NULL,
    "source_locale" TEXT NOT NULL,
    "event_id" TEXT,
    "event_date" DATE,
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'ACTIVE',
    "superseded_by_id" TEXT,
    "cover_media_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "announcements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "announcement_topics" (
    "announcement_id" TEXT NOT NULL,
    "topic_id" TEXT NOT NULL,

    CONSTRAINT "announcement_topics_pkey" PRIMARY KEY ("announcement_id","topic_id")
);

-- CreateTable
CREATE TABLE "translations" (
    "id" TEXT NOT NULL,
    "announcement_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "slug" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP(3),
    "source_revision_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revisions" (
    "id" TEXT NOT NULL,
    "translation_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "minor" BOOLEAN NOT NULL DEFAULT false,
    "source_revision_id" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media" (
    "id" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "uploaded_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_translations" (
    "media_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "media_translations_pkey" PRIMARY KEY ("media_id","locale")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_slug_key" ON "events"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "topics_slug_key" ON "topics"("slug");

-- CreateIndex
CREATE INDEX "announcements_event_id_idx" ON "announcements"("event_id");

-- CreateIndex
CREATE INDEX "announcements_superseded_by_id_idx" ON "announcements"("superseded_by_id");

-- CreateIndex
CREATE INDEX "announcement_topics_topic_id_idx" ON "announcement_topics"("topic_id");

-- CreateIndex
CREATE INDEX "translations_locale_status_published_at_idx" ON "translations"("locale", "status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "translations_source_revision_id_idx" ON "translations"("source_revision_id");

-- CreateIndex
CREATE UNIQUE INDEX "translations_announcement_id_locale_key" ON "translations"("announcement_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "translations_locale_slug_key" ON "translations"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "revisions_translation_id_number_key" ON "revisions"("translation_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "media_storage_key_key" ON "media"("storage_key");

-- CreateIndex
CREATE INDEX "audit_events_target_type_target_id_idx" ON "audit_events"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_translations" ADD CONSTRAINT "event_translations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_translations" ADD CONSTRAINT "topic_translations_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_superseded_by_id_fkey" FOREIGN KEY ("superseded_by_id") REFERENCES "announcements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_cover_media_id_fkey" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement_topics" ADD CONSTRAINT "announcement_topics_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement_topics" ADD CONSTRAINT "announcement_topics_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translations" ADD CONSTRAINT "translations_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "announcements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translations" ADD CONSTRAINT "translations_source_revision_id_fkey" FOREIGN KEY ("source_revision_id") REFERENCES "revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_translation_id_fkey" FOREIGN KEY ("translation_id") REFERENCES "translations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_translations" ADD CONSTRAINT "media_translations_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: rules Prisma cannot declare in schema.prisma. The schema engine does not
-- describe check constraints or triggers, so they never show up as drift; the integration tests
-- in lib/db/migrations prove both that and that the database enforces them.
-- ---------------------------------------------------------------------------------------------

-- Locales are BCP 47 tags as the app writes them: a 2-3 letter language, then subtags.
ALTER TABLE "translations" ADD CONSTRAINT "translations_locale_format"
    CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_source_locale_format"
    CHECK ("source_locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "event_translations" ADD CONSTRAINT "event_translations_locale_format"
    CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "topic_translations" ADD CONSTRAINT "topic_translations_locale_format"
    CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "media_translations" ADD CONSTRAINT "media_translations_locale_format"
    CHECK ("locale" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');

-- Slugs appear in URLs: lowercase ASCII words joined by single hyphens.
ALTER TABLE "translations" ADD CONSTRAINT "translations_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 200);
ALTER TABLE "events" ADD CONSTRAINT "events_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 200);
ALTER TABLE "topics" ADD CONSTRAINT "topics_slug_format"
    CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 200);

-- A revision is a snapshot of a translation, so its title obeys the same rule.
ALTER TABLE "translations" ADD CONSTRAINT "translations_title_length"
    CHECK (length(btrim("title")) > 0 AND length("title") <= 300);
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_title_length"
    CHECK (length(btrim("title")) > 0 AND length("title") <= 300);

-- Optimistic locking counts from 1; revisions are numbered from 1.
ALTER TABLE "translations" ADD CONSTRAINT "translations_version_positive" CHECK ("version" >= 1);
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_version_positive" CHECK ("version" >= 1);
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_number_positive" CHECK ("number" >= 1);

ALTER TABLE "events" ADD CONSTRAINT "events_dates_ordered" CHECK ("ends_on" >= "starts_on");

-- Only a superseded announcement names its successor. The converse is not required: deleting
-- the successor sets superseded_by_id to NULL and leaves the lifecycle as it was.
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_superseded_by_lifecycle"
    CHECK ("superseded_by_id" IS NULL OR "lifecycle" = 'SUPERSEDED');
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_not_superseded_by_itself"
    CHECK ("superseded_by_id" <> "id");

-- Scheduled and published texts need their go-live time.
ALTER TABLE "translations" ADD CONSTRAINT "translations_published_at_required"
    CHECK ("status" NOT IN ('PUBLISHED', 'SCHEDULED') OR "published_at" IS NOT NULL);

-- Sign-in looks users up by lowercased email; a mixed-case row could never sign in.
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));

-- Revisions are the history: restoring an old text inserts a new revision. DELETE stays
-- possible so deleting a translation cascades. The one UPDATE allowed is the foreign key's
-- ON DELETE SET NULL of author_id when the author's account is deleted.
CREATE FUNCTION "forbid_revision_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."author_id" IS NULL AND (to_jsonb(NEW) - 'author_id') = (to_jsonb(OLD) - 'author_id') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'revisions are immutable: revision % cannot be updated; insert a new revision instead', OLD."id"
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "revisions_immutable"
    BEFORE UPDATE ON "revisions"
    FOR EACH ROW EXECUTE FUNCTION "forbid_revision_update"();
