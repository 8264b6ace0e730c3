// The social share image of a paper (Open Graph / Twitter), as JSX for next/og's ImageResponse (Satori:
// flexbox only, inline styles). Text must come from toDrawableText so no glyph needs a network font.
import { SHARE_IMAGE_SIZE } from "@/lib/seo/paper-metadata";

export const SHARE_CARD_SIZE = SHARE_IMAGE_SIZE;

export type ShareCardData = { title: string; topics: string[]; date: string };

export function ShareCard({ title, topics, date }: ShareCardData) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#0f172b",
        color: "#f1f5f9",
        borderLeft: "24px solid #615fff",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 600, color: "#a3b3ff" }}>Paperboard</div>
      <div style={{ display: "flex", fontSize: title.length > 90 ? 52 : 64, lineHeight: 1.15, fontWeight: 700 }}>
        {title}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#cad5e2" }}>
        <div style={{ display: "flex" }}>{topics.join(" · ")}</div>
        <div style={{ display: "flex" }}>{date}</div>
      </div>
    </div>
  );
}
