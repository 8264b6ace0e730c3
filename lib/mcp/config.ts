// The MCP server's settings, from its own environment (it runs beside an MCP client, not the app).
import { z } from "zod";

export const McpEnvSchema = z.object({
  PAPERBOARD_URL: z.url({ protocol: /^https?$/ }).default("http://127.0.0.1:3000"),
  PAPERBOARD_TOKEN: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .optional(),
});
