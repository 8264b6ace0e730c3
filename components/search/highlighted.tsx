// Renders highlight segments as text and <mark>: never HTML from the index.
import type { HighlightSegment } from "@/lib/search/documents";

export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
