-- A column with a constant default: SQLite adds it in place (no table rebuild).
ALTER TABLE "User" ADD COLUMN "forYouFeedVersion" INTEGER NOT NULL DEFAULT 1;
