-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EmailSubscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "confirmNonce" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "trending" BOOLEAN NOT NULL DEFAULT false,
    "userId" TEXT,
    "follows" BOOLEAN NOT NULL DEFAULT false,
    "followsConfirmedAt" DATETIME,
    "followsFrequency" TEXT NOT NULL DEFAULT 'daily',
    "forYou" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "EmailSubscriber_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EmailSubscriber" ("confirmNonce", "confirmedAt", "createdAt", "email", "follows", "followsConfirmedAt", "followsFrequency", "frequency", "id", "status", "trending", "unsubscribedAt", "userId") SELECT "confirmNonce", "confirmedAt", "createdAt", "email", "follows", "followsConfirmedAt", "followsFrequency", "frequency", "id", "status", "trending", "unsubscribedAt", "userId" FROM "EmailSubscriber";
DROP TABLE "EmailSubscriber";
ALTER TABLE "new_EmailSubscriber" RENAME TO "EmailSubscriber";
CREATE UNIQUE INDEX "EmailSubscriber_email_key" ON "EmailSubscriber"("email");
CREATE UNIQUE INDEX "EmailSubscriber_userId_key" ON "EmailSubscriber"("userId");
CREATE INDEX "EmailSubscriber_status_frequency_idx" ON "EmailSubscriber"("status", "frequency");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
