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
    CONSTRAINT "EmailSubscriber_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_EmailSubscriber" ("confirmNonce", "confirmedAt", "createdAt", "email", "frequency", "id", "status", "unsubscribedAt") SELECT "confirmNonce", "confirmedAt", "createdAt", "email", "frequency", "id", "status", "unsubscribedAt" FROM "EmailSubscriber";
-- Every subscriber before this migration was a trending subscriber: keep the active ones mailed.
UPDATE "new_EmailSubscriber" SET "trending" = true WHERE "status" = 'active';
DROP TABLE "EmailSubscriber";
ALTER TABLE "new_EmailSubscriber" RENAME TO "EmailSubscriber";
CREATE UNIQUE INDEX "EmailSubscriber_email_key" ON "EmailSubscriber"("email");
CREATE UNIQUE INDEX "EmailSubscriber_userId_key" ON "EmailSubscriber"("userId");
CREATE INDEX "EmailSubscriber_status_frequency_idx" ON "EmailSubscriber"("status", "frequency");
CREATE TABLE "new_Follow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "email" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Follow" ("createdAt", "id", "kind", "label", "target", "userId", "version") SELECT "createdAt", "id", "kind", "label", "target", "userId", "version" FROM "Follow";
DROP TABLE "Follow";
ALTER TABLE "new_Follow" RENAME TO "Follow";
CREATE INDEX "Follow_userId_createdAt_idx" ON "Follow"("userId", "createdAt");
CREATE UNIQUE INDEX "Follow_userId_kind_target_key" ON "Follow"("userId", "kind", "target");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
