// <link rel="alternate"> entries for a page's feeds, through Next metadata `alternates.types`.
import "server-only";
import type { Metadata } from "next";
import { feedPaths, type FeedTarget } from "./feed-path";
import { getAppUrl } from "@/lib/site-url";

/** Absolute feed URLs (readers resolve relative ones inconsistently), titled so a reader can list them. */
export function feedAlternates(target: FeedTarget, title: string, query = ""): NonNullable<Metadata["alternates"]> {
  const base = getAppUrl();
  const paths = feedPaths(target, query);
  return {
    types: {
      "application/rss+xml": [{ url: `${base}${paths.rss}`, title: `${title} (RSS)` }],
      "application/atom+xml": [{ url: `${base}${paths.atom}`, title: `${title} (Atom)` }],
      "application/feed+json": [{ url: `${base}${paths.json}`, title: `${title} (JSON Feed)` }],
    },
  };
}
