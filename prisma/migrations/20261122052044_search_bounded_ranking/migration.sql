-- Faster search (lib/search/search-sql.ts). Prisma cannot declare column storage, so the second
-- part lives here only; the drift check does not compare storage.

-- CreateIndex
CREATE INDEX "announcements_deleted_at_idx" ON "announcements"("deleted_at");

-- ts_rank reads the vector of every match it ranks. A translation row is larger than the 2 kB
-- TOAST threshold, and with the default storage (EXTENDED) the vector, which pglz barely shrinks,
-- was moved out of line: one TOAST index lookup per ranked match, half the time of a broad query.
-- MAIN keeps it in the row and moves the body and snippet text out of line first.
ALTER TABLE "translations" ALTER COLUMN "search_vector" SET STORAGE MAIN;

-- Stored values keep their old place until written again: rewrite the existing vectors once.
UPDATE "translations" SET "search_vector" = "search_vector" || ''::tsvector WHERE "search_vector" IS NOT NULL;
