// The "paste an abstract" form's one field, shared by the page and any handler.
import { z } from "zod";

export const MAX_SIMILAR_TEXT = 5_000;

export const SimilarTextQuerySchema = z.object({
  text: z.preprocess(
    (v) => [v ?? ""].flat()[0],
    z
      .string()
      .trim()
      .max(MAX_SIMILAR_TEXT, `must be at most ${MAX_SIMILAR_TEXT.toLocaleString("en-US")} characters`),
  ),
});
