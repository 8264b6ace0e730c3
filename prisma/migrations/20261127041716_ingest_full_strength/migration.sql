-- AlterTable
ALTER TABLE "DigestEntry" ADD COLUMN "commentCount" INTEGER;
ALTER TABLE "DigestEntry" ADD COLUMN "upvotes" INTEGER;

-- CreateTable
CREATE TABLE "Author" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PaperAuthor" (
    "paperId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("paperId", "authorId"),
    CONSTRAINT "PaperAuthor_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperAuthor_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "PaperCategory" (
    "paperId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "primary" BOOLEAN NOT NULL,

    PRIMARY KEY ("paperId", "categoryId"),
    CONSTRAINT "PaperCategory_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IngestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "records" INTEGER NOT NULL DEFAULT 0,
    "rejections" TEXT NOT NULL DEFAULT '',
    "error" TEXT
);
INSERT INTO "new_IngestRun" ("created", "error", "finishedAt", "format", "id", "rejected", "source", "startedAt", "status", "unchanged", "updated") SELECT "created", "error", "finishedAt", "format", "id", "rejected", "source", "startedAt", "status", "unchanged", "updated" FROM "IngestRun";
DROP TABLE "IngestRun";
ALTER TABLE "new_IngestRun" RENAME TO "IngestRun";
CREATE TABLE "new_Paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "arxivId" TEXT,
    "arxivVersion" INTEGER,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL DEFAULT '',
    "abstract" TEXT NOT NULL,
    "publishedAt" TEXT,
    "doi" TEXT,
    "journalRef" TEXT,
    "comments" TEXT,
    "keywords" TEXT NOT NULL DEFAULT '[]',
    "digestDate" TEXT,
    "rank" INTEGER,
    "source" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "indexedAt" DATETIME
);
INSERT INTO "new_Paper" ("abstract", "arxivId", "createdAt", "digestDate", "id", "indexedAt", "rank", "slug", "source", "title", "updatedAt") SELECT "abstract", "arxivId", "createdAt", "digestDate", "id", "indexedAt", "rank", "slug", "source", "title", "updatedAt" FROM "Paper";
DROP TABLE "Paper";
ALTER TABLE "new_Paper" RENAME TO "Paper";
-- Papers ingested before this migration came from digest text: their id is their title key.
UPDATE "Paper" SET "titleKey" = "id" WHERE "id" LIKE 't-%';
CREATE UNIQUE INDEX "Paper_slug_key" ON "Paper"("slug");
CREATE UNIQUE INDEX "Paper_arxivId_key" ON "Paper"("arxivId");
CREATE INDEX "Paper_digestDate_rank_idx" ON "Paper"("digestDate", "rank");
CREATE INDEX "Paper_indexedAt_idx" ON "Paper"("indexedAt");
CREATE INDEX "Paper_publishedAt_idx" ON "Paper"("publishedAt");
CREATE INDEX "Paper_titleKey_idx" ON "Paper"("titleKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PaperAuthor_authorId_idx" ON "PaperAuthor"("authorId");

-- CreateIndex
CREATE INDEX "PaperCategory_categoryId_idx" ON "PaperCategory"("categoryId");
