import { describe, expect, it } from "vitest";
import { orderByDependencies } from "./copy-order";

describe("orderByDependencies", () => {
  it("puts every parent before its children, ties by name, self-references ignored", () => {
    const order = orderByDependencies(
      new Map([
        ["Vote", ["User", "Paper"]],
        ["Paper", []],
        ["User", []],
        ["Bookmark", ["User", "Paper"]],
        ["BookmarkTag", ["Bookmark"]],
        ["Comment", ["Comment", "User"]],
      ]),
    );
    expect(order).toEqual(["Paper", "User", "Bookmark", "Comment", "Vote", "BookmarkTag"]);
  });

  it("reports a cycle instead of guessing", () => {
    expect(() =>
      orderByDependencies(
        new Map([
          ["A", ["B"]],
          ["B", ["A"]],
          ["C", []],
        ]),
      ),
    ).toThrow(/cycle between A, B/);
  });
});
