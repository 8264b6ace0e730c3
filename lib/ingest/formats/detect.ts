// Guesses a source's format from its first bytes (after gunzip); `--format` overrides the guess.
import { ARXIV_ATOM } from "./arxiv-atom";
import { ARXIV_JSONL } from "./arxiv-jsonl";
import { ARXIV_OAI } from "./arxiv-oai";
import { DIGEST_TEXT } from "./digest-text";
import { HF_DAILY } from "./hf-daily";

export const FORMATS = [DIGEST_TEXT, HF_DAILY, ARXIV_ATOM, ARXIV_OAI, ARXIV_JSONL] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(s: string): s is FormatName {
  return (FORMATS as readonly string[]).includes(s);
}

/** `head` is the start of the (decompressed) text, a few KB are enough. */
export function detectFormat(head: string): FormatName {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("<")) {
    if (/<OAI-PMH[\s>]/.test(text)) return ARXIV_OAI;
    return ARXIV_ATOM;
  }
  if (text.startsWith("[")) return HF_DAILY;
  // One JSON object on the first line: JSON Lines.
  if (text.startsWith("{")) return ARXIV_JSONL;
  return DIGEST_TEXT;
}
