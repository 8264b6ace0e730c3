-- CreateTable
CREATE TABLE "DigestEntryCount" (
    "digestId" INTEGER NOT NULL,
    "paperId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL,
    "upvotes" INTEGER,
    "commentCount" INTEGER,

    PRIMARY KEY ("digestId", "paperId", "seenAt"),
    CONSTRAINT "DigestEntryCount_digestId_paperId_fkey" FOREIGN KEY ("digestId", "paperId") REFERENCES "DigestEntry" ("digestId", "paperId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SyncSource" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "lastRunAt" DATETIME,
    "runningSince" DATETIME,
    "lastSuccessAt" DATETIME,
    "nextRunAt" DATETIME,
    "lastError" TEXT,
    "lastErrorAt" DATETIME,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "papersAdded" INTEGER NOT NULL DEFAULT 0,
    "totalAdded" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "SyncFetch" (
    "source" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL,
    "papers" INTEGER NOT NULL,

    PRIMARY KEY ("source", "key")
);

-- CreateTable
CREATE TABLE "SyncLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "acquiredAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PaperEnrichment" (
    "paperId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "matchedBy" TEXT NOT NULL,
    "arxivId" TEXT,
    "fields" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL,

    PRIMARY KEY ("paperId", "source"),
    CONSTRAINT "PaperEnrichment_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PaperEnrichment_source_outcome_at_idx" ON "PaperEnrichment"("source", "outcome", "at");
