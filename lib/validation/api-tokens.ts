// zod schemas for the account page's API-token forms (shared by the form and its server actions).
import { z } from "zod";

export const API_TOKEN_NAME_MAX = 80;
export const ApiTokenNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token (e.g. the tool that uses it).")
    .max(API_TOKEN_NAME_MAX, `At most ${API_TOKEN_NAME_MAX} characters.`),
});
export const ApiTokenIdSchema = z.object({ id: z.uuid() });
