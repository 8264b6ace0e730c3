import { describe, expect, it } from "vitest";
import { EnvSchema } from "./env";

describe("PUBLIC_URL", () => {
  it("defaults to localhost on the app's port", () => {
    expect(EnvSchema.parse({ PORT: "4100" }).PUBLIC_URL).toBe("http://localhost:4100");
  });

  it("drops a trailing slash so paths can be appended", () => {
    expect(EnvSchema.parse({ PUBLIC_URL: "https://papers.example.org/" }).PUBLIC_URL).toBe("https://papers.example.org");
  });

  it("rejects anything but an http(s) URL", () => {
    expect(EnvSchema.safeParse({ PUBLIC_URL: "papers.example.org" }).success).toBe(false);
    expect(EnvSchema.safeParse({ PUBLIC_URL: "ftp://papers.example.org" }).success).toBe(false);
  });
});
