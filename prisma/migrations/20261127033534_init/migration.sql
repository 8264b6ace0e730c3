-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "arxivId" TEXT,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL,
    "digestDate" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "indexedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Link" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paperId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "Link_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PaperTopic" (
    "paperId" TEXT NOT NULL,
    "topicId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    PRIMARY KEY ("paperId", "topicId"),
    CONSTRAINT "PaperTopic_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaperTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "paperCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DigestEntry" (
    "digestId" INTEGER NOT NULL,
    "paperId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    PRIMARY KEY ("digestId", "paperId"),
    CONSTRAINT "DigestEntry_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DigestEntry_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IngestRun" (
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
    "error" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Paper_slug_key" ON "Paper"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Paper_arxivId_key" ON "Paper"("arxivId");

-- CreateIndex
CREATE INDEX "Paper_digestDate_rank_idx" ON "Paper"("digestDate", "rank");

-- CreateIndex
CREATE INDEX "Paper_indexedAt_idx" ON "Paper"("indexedAt");

-- CreateIndex
CREATE INDEX "Link_kind_idx" ON "Link"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Link_paperId_url_key" ON "Link"("paperId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "PaperTopic_topicId_idx" ON "PaperTopic"("topicId");

-- CreateIndex
CREATE INDEX "Digest_date_idx" ON "Digest"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_date_source_key" ON "Digest"("date", "source");

-- CreateIndex
CREATE INDEX "DigestEntry_paperId_idx" ON "DigestEntry"("paperId");
