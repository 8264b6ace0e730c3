// A paper's stored vector and the vocabulary's version: the pure half of the stored features.
import { createHash } from "node:crypto";
import { encodeVector } from "@/lib/learn/codec";
import { paperTermCounts, type PaperFields } from "@/lib/learn/features";
import { RECOMMENDATION_FEATURES } from "@/lib/learn/recommendation-features";
import { toTfidfVector } from "@/lib/learn/sparse";
import type { Vocabulary, VocabularyJson } from "@/lib/learn/vocabulary";

/** The bytes stored for a paper: its tf-idf vector with the recommendation settings. */
export function toPaperVectorBytes(paper: PaperFields, vocabulary: Vocabulary): Uint8Array {
  return encodeVector(
    toTfidfVector(paperTermCounts(paper, RECOMMENDATION_FEATURES), vocabulary, RECOMMENDATION_FEATURES),
  );
}

/** Same vocabulary → same version: a vector made with another version is stale. */
export function vocabularyVersion(json: VocabularyJson): string {
  return createHash("sha256").update(JSON.stringify(json)).digest("hex").slice(0, 16);
}
