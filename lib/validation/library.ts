// zod schemas for the personal library: filters (query string), and the inputs of its actions.
import { z } from "zod";
import { READER_STATE_MAX_IDS } from "./reader-state-limit";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const id = z.coerce.number().int().positive();

export const TAG_MAX = 40;
export const NOTE_MAX = 5000;
export const COLLECTION_NAME_MAX = 80;

export const PaperIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "is not a paper id");

/** A tag is free text, trimmed and lower-cased so "LLM" and "llm " are one tag. */
export const TagSchema = z.string().trim().toLowerCase().min(1).max(TAG_MAX);

/** "a, b ,c" → ["a","b","c"] (deduplicated, at most 20). */
export const TagListSchema = z
  .string()
  .max(1000)
  .transform((v) => [
    ...new Set(
      v
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(TagSchema).max(20, "at most 20 tags"));

export const LibraryQuerySchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? v.trim().slice(0, 200) : ""), z.string()),
  collection: z.preprocess(emptyToUndefined, id.optional()).catch(undefined),
  tag: z.preprocess(emptyToUndefined, TagSchema.optional()).catch(undefined),
  topic: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{1,120}$/)
        .optional(),
    )
    .catch(undefined),
  read: z.preprocess(emptyToUndefined, z.enum(["read", "unread"]).optional()).catch(undefined),
  sort: z.preprocess(emptyToUndefined, z.enum(["saved", "paper"]).default("saved")).catch("saved"),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const BookmarkToggleSchema = z.object({
  paperId: PaperIdSchema,
  saved: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const BookmarkEditSchema = z.object({
  bookmarkId: id,
  note: z
    .string()
    .max(NOTE_MAX, `at most ${NOTE_MAX} characters`)
    .transform((v) => v.trim()),
  tags: TagListSchema,
  read: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  collections: z.array(id).max(100),
});
export type BookmarkEdit = z.infer<typeof BookmarkEditSchema>;

export const CollectionNameSchema = z.string().trim().min(1, "Enter a name").max(COLLECTION_NAME_MAX);
export const CollectionCreateSchema = z.object({ name: CollectionNameSchema });
export const CollectionRenameSchema = z.object({ collectionId: id, name: CollectionNameSchema });
export const CollectionIdSchema = z.object({ collectionId: id });
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export const ImportInputSchema = z.object({
  text: z.string().max(1_100_000),
  collectionId: z.preprocess(emptyToUndefined, id.optional()),
});

/** GET /api/me/state?ids=a,b,c — the papers whose buttons a cached page shows; none for the header alone. */
export const ReaderStateQuerySchema = z.object({
  ids: z
    .string()
    .max(READER_STATE_MAX_IDS * 201)
    .default("")
    .transform((v) => (v === "" ? [] : [...new Set(v.split(","))]))
    .pipe(z.array(PaperIdSchema).max(READER_STATE_MAX_IDS, `at most ${READER_STATE_MAX_IDS} ids`)),
});
