-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "at" REAL NOT NULL,
    "allowed" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_at_idx" ON "RateLimitBucket"("at");
