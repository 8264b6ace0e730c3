"use client";
// Reports the paper cards a signed-in reader had on screen long enough to read the title (half visible
// for a second), in batches, so catch-up views can show each paper once. Without JavaScript only opened
// papers count (recorded by the paper page).
import { useEffect } from "react";
import { reportSeen } from "@/lib/actions/seen";

const DWELL_MS = 1_000;
const FLUSH_MS = 3_000;
const MAX_BATCH = 100;

function slugOf(link: HTMLAnchorElement): string | null {
  const match = /^\/papers\/([^/?#]{1,300})$/.exec(link.getAttribute("href") ?? "");
  return match ? decodeURIComponent(match[1]!) : null;
}

export function SeenTracker() {
  useEffect(() => {
    const reported = new Set<string>();
    const pending = new Set<string>();
    const timers = new Map<Element, ReturnType<typeof setTimeout>>();
    const flush = () => {
      if (pending.size === 0) return;
      const batch = [...pending].slice(0, MAX_BATCH);
      for (const slug of batch) pending.delete(slug);
      void reportSeen(batch).catch(() => {
        for (const slug of batch) reported.delete(slug); // seen again later, reported again
      });
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const link = entry.target as HTMLAnchorElement;
          if (entry.isIntersecting) {
            timers.set(
              link,
              setTimeout(() => {
                const slug = slugOf(link);
                if (slug && !reported.has(slug)) {
                  reported.add(slug);
                  pending.add(slug);
                }
              }, DWELL_MS),
            );
          } else {
            clearTimeout(timers.get(link));
            timers.delete(link);
          }
        }
      },
      { threshold: 0.5 },
    );
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      "[data-triage-list] [data-triage-item] h2 a[href^='/papers/']",
    ))
      observer.observe(link);
    const interval = setInterval(flush, FLUSH_MS);
    const onHide = () => document.visibilityState === "hidden" && flush();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      observer.disconnect();
      for (const t of timers.values()) clearTimeout(t);
      clearInterval(interval);
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, []);
  return null;
}
