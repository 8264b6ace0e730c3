// Keyboard triage of paper lists: which key does what, as pure functions the client component uses.

export type TriageAction = "next" | "previous" | "open" | "bookmark" | "dismiss" | "help";

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  /** The event target is a text field, a select or contenteditable: typing must never trigger shortcuts. */
  inField: boolean;
};

/** Shown in the `?` dialog; `/` is implemented by the search box, listed here so readers find it. */
export const SHORTCUTS: { keys: string[]; description: string }[] = [
  { keys: ["j"], description: "Next paper" },
  { keys: ["k"], description: "Previous paper" },
  { keys: ["Enter", "o"], description: "Open the paper" },
  { keys: ["s"], description: "Bookmark the paper (signed in)" },
  { keys: ["x"], description: "Not interested (For you; undoable)" },
  { keys: ["/"], description: "Focus the search box" },
  { keys: ["?"], description: "Show these shortcuts" },
];

const ACTIONS: Record<string, TriageAction> = {
  j: "next",
  k: "previous",
  o: "open",
  Enter: "open",
  s: "bookmark",
  x: "dismiss",
  "?": "help",
};

/** Maps a key press to a triage action, or null when it is not ours (modifiers, typing, IME composition). */
export function parseTriageKey(press: KeyPress): TriageAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing || press.inField) return null;
  return ACTIONS[press.key] ?? null;
}

/** The index to move to from `current` (-1: none yet) among `count` items; stays put at either end. */
export function moveIndex(current: number, count: number, action: "next" | "previous"): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return action === "next" ? 0 : count - 1;
  return action === "next" ? Math.min(current + 1, count - 1) : Math.max(current - 1, 0);
}
