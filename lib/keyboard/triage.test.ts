import { describe, expect, it } from "vitest";
import { moveIndex, parseTriageKey, type KeyPress } from "./triage";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  inField: false,
  ...extra,
});

describe("parseTriageKey", () => {
  it("maps the triage keys", () => {
    expect(["j", "k", "o", "Enter", "s", "x", "?"].map((k) => parseTriageKey(press(k)))).toEqual([
      "next",
      "previous",
      "open",
      "open",
      "bookmark",
      "dismiss",
      "help",
    ]);
  });

  it("ignores other keys, including / (owned by the search box) and capitals", () => {
    expect(parseTriageKey(press("/"))).toBeNull();
    expect(parseTriageKey(press("J"))).toBeNull();
    expect(parseTriageKey(press("X"))).toBeNull();
    expect(parseTriageKey(press("q"))).toBeNull();
  });

  it("never fires while typing in a field, composing, or with Ctrl, Meta or Alt", () => {
    expect(parseTriageKey(press("j", { inField: true }))).toBeNull();
    expect(parseTriageKey(press("j", { isComposing: true }))).toBeNull();
    expect(parseTriageKey(press("j", { ctrlKey: true }))).toBeNull();
    expect(parseTriageKey(press("s", { metaKey: true }))).toBeNull();
    expect(parseTriageKey(press("k", { altKey: true }))).toBeNull();
  });
});

describe("moveIndex", () => {
  it("starts at the first item going down and the last going up", () => {
    expect(moveIndex(-1, 5, "next")).toBe(0);
    expect(moveIndex(-1, 5, "previous")).toBe(4);
  });

  it("moves by one and stops at either end", () => {
    expect(moveIndex(2, 5, "next")).toBe(3);
    expect(moveIndex(2, 5, "previous")).toBe(1);
    expect(moveIndex(4, 5, "next")).toBe(4);
    expect(moveIndex(0, 5, "previous")).toBe(0);
  });

  it("has nowhere to go in an empty list", () => {
    expect(moveIndex(-1, 0, "next")).toBe(-1);
  });
});
