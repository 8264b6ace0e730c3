-- CreateTable
CREATE TABLE "SimilarPaper" (
    "paperId" TEXT NOT NULL,
    "similarId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("paperId", "similarId")
);

-- CreateIndex
CREATE INDEX "SimilarPaper_paperId_position_idx" ON "SimilarPaper"("paperId", "position");
