-- AlterTable
ALTER TABLE "translations" ADD COLUMN     "live_revision_id" TEXT,
ADD COLUMN     "review_requested_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "translations_live_revision_id_idx" ON "translations"("live_revision_id");

-- AddForeignKey
ALTER TABLE "translations" ADD CONSTRAINT "translations_live_revision_id_fkey" FOREIGN KEY ("live_revision_id") REFERENCES "revisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Texts already public went live with their latest revision.
UPDATE "translations" AS t
SET "live_revision_id" = (
    SELECT r."id" FROM "revisions" AS r WHERE r."translation_id" = t."id" ORDER BY r."number" DESC LIMIT 1
)
WHERE t."status" IN ('PUBLISHED', 'SCHEDULED');
