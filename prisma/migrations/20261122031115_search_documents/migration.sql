-- Per-locale full-text search (lib/search). The app fills these three columns whenever it writes a
-- translation's text (prepareSearchDocument + writeSearchDocument): Chinese is segmented into words
-- with Intl.Segmenter first, which no SQL expression or trigger can do. Each row stores the
-- text-search configuration its vector was built with, so no SQL maps locales to configurations.
-- Rows written before this migration stay NULL (not found by search) until
-- refreshSearchDocuments() indexes them.

-- AlterTable
ALTER TABLE "translations" ADD COLUMN     "search_config" regconfig,
ADD COLUMN     "search_text" TEXT,
ADD COLUMN     "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "translations_search_vector_idx" ON "translations" USING GIN ("search_vector");
