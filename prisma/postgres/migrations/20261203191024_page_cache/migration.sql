-- CreateTable
CREATE TABLE "PageCacheEntry" (
    "key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "tags" TEXT NOT NULL,
    "writtenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageCacheEntry_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageCacheTag_pkey" PRIMARY KEY ("tag")
);
