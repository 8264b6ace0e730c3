// zod schemas for /api/v1 query strings that no page already shares (search reuses SearchQuerySchema).
import { z } from "zod";
import { WindowParamsSchema } from "@/lib/trending/windows";
import { TopicSlugSchema } from "@/lib/validation/params";

export const TRENDING_LIMIT_MAX = 100;

export const TrendingQuerySchema = WindowParamsSchema.extend({
  sort: z.enum(["trending", "newest"]).default("trending"),
  limit: z.coerce.number().int().min(1).max(TRENDING_LIMIT_MAX).default(30),
  topic: TopicSlugSchema.optional(),
}).refine((q) => [q.date, q.week, q.month, q.window].filter(Boolean).length <= 1, {
  message: "name at most one of date, week, month, window",
});
export type TrendingQuery = z.infer<typeof TrendingQuerySchema>;
