-- CreateTable
CREATE TABLE "PageCacheEntry" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" BLOB NOT NULL,
    "tags" TEXT NOT NULL,
    "writtenAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "revalidatedAt" DATETIME NOT NULL
);
