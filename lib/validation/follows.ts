// zod schemas for follow forms (shared by the follow buttons and the server actions).
import { z } from "zod";
import { TopicSlugSchema } from "./params";

export const FollowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const FollowInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("topic"), target: TopicSlugSchema, label: z.string().trim().min(1).max(200) }),
  // A canonical search query string (see lib/feeds/feed-path.ts searchFeedQuery).
  z.object({
    kind: z.literal("search"),
    target: z.string().min(1).max(1000),
    label: z.string().trim().min(1).max(200),
  }),
  z.object({
    kind: z.literal("author"),
    target: z.string().trim().min(1).max(200),
    label: z.string().trim().min(1).max(200),
  }),
]);
