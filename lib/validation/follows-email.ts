// zod schemas for follows by email: the per-follow "Email me" toggle and the delivery form.
import { z } from "zod";
import { FollowIdSchema } from "./follows";
import { FREQUENCIES } from "./subscribe";

export const FollowEmailToggleSchema = z.object({
  id: FollowIdSchema,
  on: z.enum(["true", "false"], { error: "on: must be true or false" }).transform((v) => v === "true"),
});

export const FollowsDeliveryInputSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("on"), frequency: z.enum(FREQUENCIES, { error: "Choose daily or weekly." }) }),
  z.object({ intent: z.literal("off") }),
]);
