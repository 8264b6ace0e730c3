// A stored topic reason ("title matches /\bDPO\b/i", "abstract mentions "reward model" ×3") in words a
// reader understands ("title mentions DPO"). Reasons are our own short strings, but are bounded anyway
// before the character-by-character walk over a rule's pattern (linear, no regex over the reason).

const MAX_REASON_CHARS = 500;
const ESCAPES: Record<string, string> = { s: " ", "-": "-", ".": ".", "/": "/", "+": "+", "(": "(", ")": ")" };

/** The words a keyword rule's pattern source looks for: its first spelling, optional parts left out. */
export function patternWords(source: string): string {
  let out = "";
  let depth = 0;
  let skippingAlternative = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "\\") {
      const escaped = next ?? "";
      i++;
      if (escaped === "b" || escaped === "B") continue;
      if (!skippingAlternative) out += ESCAPES[escaped] ?? escaped;
      continue;
    }
    if (c === "(") {
      // An optional group ("(?:s|ing)?") adds nothing; another group contributes its first alternative.
      const close = findGroupEnd(source, i);
      if (source[close + 1] === "?") {
        i = close + 1;
        continue;
      }
      depth++;
      if (source.startsWith("?:", i + 1)) i += 2;
      continue;
    }
    if (c === ")") {
      depth = Math.max(0, depth - 1);
      skippingAlternative = false;
      continue;
    }
    if (c === "|") {
      if (depth === 0) break;
      skippingAlternative = true;
      continue;
    }
    if (skippingAlternative) continue;
    if (c === "[") {
      const close = source.indexOf("]", i + 1);
      const first = source[i + 1] === "\\" ? source[i + 2] : source[i + 1];
      if (close === -1) break;
      if (source[close + 1] !== "?") out += first === "s" && source[i + 1] === "\\" ? " " : (first ?? "");
      i = source[close + 1] === "?" ? close + 1 : close;
      continue;
    }
    if (c === "?" || c === "*" || c === "+" || c === "^" || c === "$") continue;
    // A character made optional by the next "?" ("preferences?") is left out.
    if (next === "?" && c !== ")") {
      i++;
      continue;
    }
    out += c;
  }
  return out.replace(/\s+/g, " ").trim();
}

function findGroupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "(") depth++;
    else if (source[i] === ")" && --depth === 0) return i;
  }
  return source.length;
}

export function describeTopicReason(reason: string): string {
  const text = reason.slice(0, MAX_REASON_CHARS);
  if (text.startsWith("title matches /")) {
    const source = text.slice("title matches /".length, text.lastIndexOf("/"));
    const words = patternWords(source);
    return words ? `title mentions ${words}` : text;
  }
  if (text.startsWith("abstract mentions ")) {
    return text.replace(/ ×(\d{1,6})/g, (_, n: string) => (n === "1" ? " once" : ` ${n} times`));
  }
  if (text.startsWith("words that weighed most: "))
    return `learned from categorised papers; the words that weighed most: ${text.slice(25).replaceAll('"', "")}`;
  return text;
}
