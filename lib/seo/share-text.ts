// Text for share cards and meta tags: plain (no LaTeX markup), bounded in length, and — for the
// generated image — limited to characters the font bundled with next/og draws, because for any other glyph
// next/og fetches a font or emoji from the network at render time.
import { toPlainText } from "@/lib/text/latex";

/** What next/og's bundled Geist draws: ASCII, most of Latin-1 and Latin Extended-A, dashes, quotes, bullets
 * and the ellipsis (probed glyph by glyph in components/paper/share-card.test.tsx). */
const NOT_DRAWABLE =
  /[^\u0020-\u007E\u00A1-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026]/gu;

/** Cuts at a word boundary and adds an ellipsis when `text` is longer than `max` characters. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Plain text for meta descriptions and titles. */
export function toShareText(text: string, max: number): string {
  return truncate(toPlainText(text), max);
}

/** Plain text the share image can draw without fetching fonts: other characters are dropped. */
export function toDrawableText(text: string, max: number): string {
  return truncate(
    toPlainText(text).normalize("NFC").replace(/\s/g, " ").replace(NOT_DRAWABLE, "").replace(/\s+/g, " ").trim(),
    max,
  );
}
