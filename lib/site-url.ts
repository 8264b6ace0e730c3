// The app's public base URL, for absolute links in exports and citation metadata.
import "server-only";
import { resolveAuthOrigins } from "@/lib/app-origins";
import { getEnv } from "@/lib/env";

export function getAppUrl(): string {
  return resolveAuthOrigins(getEnv()).baseURL;
}
