// Renders the share card with next/og for real and checks it never reaches for the network: next/og fetches
// fonts or emoji for glyphs its bundled font lacks, which would fail (or leak) on an offline server.
import { ImageResponse } from "next/og";
import { afterEach, describe, expect, it, vi } from "vitest";
import { toDrawableText } from "@/lib/seo/share-text";
import { SHARE_CARD_SIZE, ShareCard } from "./share-card";

afterEach(() => {
  vi.restoreAllMocks();
});

async function render(drawableTitle: string): Promise<{ png: Uint8Array; fetches: number }> {
  const fetchSpy = vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("no network in tests"));
  vi.spyOn(console, "error").mockImplementation(() => {});
  const response = new ImageResponse(
    <ShareCard title={drawableTitle} topics={["Alignment", "Language models"]} date="Mar 13, 2026" />,
    SHARE_CARD_SIZE,
  );
  const png = new Uint8Array(await response.arrayBuffer());
  // next/og loads its own wasm through data: URLs; anything else would be the network.
  const fetches = fetchSpy.mock.calls.filter(([url]) => !String(url).startsWith("data:")).length;
  return { png, fetches };
}

describe("ShareCard", () => {
  it("renders a PNG from every character toDrawableText keeps, without fetching fonts", async () => {
    let all = "";
    for (let c = 0x20; c <= 0x2100; c++) all += String.fromCodePoint(c);
    const { png, fetches } = await render(toDrawableText(all, 10_000));
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    expect(fetches).toBe(0);
  }, 30_000);

  it("drops emoji, CJK and Greek before rendering, so nothing is fetched for them either", async () => {
    const { fetches } = await render(toDrawableText("Robots 🤖 learn 学习 with β-VAE and $\\alpha$-divergence", 140));
    expect(fetches).toBe(0);
  }, 30_000);
});
