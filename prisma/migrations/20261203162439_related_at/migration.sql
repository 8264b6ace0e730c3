-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "relatedAt" DATETIME;
