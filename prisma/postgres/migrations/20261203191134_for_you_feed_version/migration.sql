-- AlterTable
ALTER TABLE "User" ADD COLUMN     "forYouFeedVersion" INTEGER NOT NULL DEFAULT 1;
