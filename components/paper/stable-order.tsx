"use client";
// Keeps a list's order while the reader acts on it: a bookmark or an upvote re-renders the page with new
// scores, but the cards stay where they were until the next load (a new URL resets the order). A card
// that left the list keeps its last rendering; one that joined goes to the end.
import { Fragment, useState, type ReactNode } from "react";

export type OrderedItem = { key: string; node: ReactNode };

export function StableOrder({ items, orderKey }: { items: OrderedItem[]; orderKey: string }) {
  const [kept, setKept] = useState({ orderKey, items });
  let shown = items;
  if (kept.orderKey !== orderKey) {
    // Adjusting state while rendering (React's documented pattern for state derived from props).
    setKept({ orderKey, items });
  } else {
    const latest = new Map(items.map((i) => [i.key, i.node]));
    const keptKeys = new Set(kept.items.map((i) => i.key));
    shown = [
      ...kept.items.map((i) => ({ key: i.key, node: latest.get(i.key) ?? i.node })),
      ...items.filter((i) => !keptKeys.has(i.key)),
    ];
  }
  return shown.map((i) => <Fragment key={i.key}>{i.node}</Fragment>);
}
