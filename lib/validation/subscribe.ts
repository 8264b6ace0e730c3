// zod schemas for the email digest forms, shared by the page and the route handlers.
import { z } from "zod";

export const FREQUENCIES = ["daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INVALID_EMAIL_MESSAGE = "Enter a valid email address, like name@example.org.";

export const SubscribeInputSchema = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email({ error: INVALID_EMAIL_MESSAGE }).max(254, { error: INVALID_EMAIL_MESSAGE }),
  ),
  frequency: z.enum(FREQUENCIES, { error: "Choose daily or weekly." }).default("daily"),
});
export type SubscribeInput = z.infer<typeof SubscribeInputSchema>;

export const TokenParamSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "is not a valid link")
  .max(1000);
