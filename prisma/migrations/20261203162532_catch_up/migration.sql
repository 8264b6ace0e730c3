-- CreateTable
CREATE TABLE "SeenPaper" (
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "paperId"),
    CONSTRAINT "SeenPaper_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatchUpMark" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "markedAt" DATETIME NOT NULL,
    CONSTRAINT "CatchUpMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
