// The MCP server as an MCP client sees it: `npm run --silent mcp` spawned over stdio by the official
// SDK's Client, talking to the running test app through its public API.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashApiToken, mintApiToken } from "@/lib/api/tokens";

const base = inject("appUrl");
const USER = { id: `e2e-mcp-${randomUUID()}`, email: `mcp-${Date.now()}@example.test` };
const { token } = mintApiToken();
let db: Database.Database;
let client: Client;
let bookmarked: { id: string; title: string };

async function connect(env: Record<string, string>): Promise<Client> {
  const c = new Client({ name: "paperboard-e2e", version: "1.0.0" });
  const transport = new StdioClientTransport({
    command: "npm",
    args: ["run", "--silent", "mcp"],
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", ...env },
    stderr: "ignore",
  });
  await c.connect(transport);
  return c;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields its tool promises
type ToolAnswer = { isError?: boolean; structuredContent?: any; content: { type: string; text?: string }[] };
const call = async (c: Client, name: string, args: Record<string, unknown> = {}) =>
  (await c.callTool({ name, arguments: args })) as ToolAnswer;

beforeAll(async () => {
  db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
  bookmarked = db.prepare("SELECT id, title FROM Paper ORDER BY rank LIMIT 1").get() as { id: string; title: string };
  const now = new Date().toISOString();
  db.prepare(
    "INSERT INTO User (id, name, email, emailVerified, createdAt, updatedAt) VALUES (?, 'Mo', ?, 0, ?, ?)",
  ).run(USER.id, USER.email, now, now);
  db.prepare("INSERT INTO ApiToken (id, userId, name, tokenHash) VALUES (?, ?, 'e2e', ?)").run(
    randomUUID(),
    USER.id,
    hashApiToken(token),
  );
  db.prepare(
    "INSERT INTO Bookmark (userId, paperId, note, createdAt, updatedAt) VALUES (?, ?, 'for the MCP test', ?, ?)",
  ).run(USER.id, bookmarked.id, now, now);
  client = await connect({ PAPERBOARD_URL: base, PAPERBOARD_TOKEN: token });
});
afterAll(async () => {
  await client?.close();
  db.prepare("DELETE FROM User WHERE id = ?").run(USER.id);
  db.close();
});

describe("npm run mcp", () => {
  it("lists the five tools with their input schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "get_paper",
      "my_library",
      "search",
      "similar_papers",
      "trending",
    ]);
    expect(tools.find((t) => t.name === "trending")?.inputSchema.properties).toHaveProperty("period");
  });

  it("searches, then opens a hit and its similar papers by URL or slug", async () => {
    const found = await call(client, "search", { query: "preference" });
    expect(found.isError).toBeFalsy();
    const hit = found.structuredContent.hits.find(
      (h: { title: string }) => h.title === "HelpSteer2-Preference: Complementing Ratings with Preferences",
    );
    expect(hit).toBeDefined();
    const paper = await call(client, "get_paper", { paper: hit.url });
    expect(paper.structuredContent.paper).toMatchObject({ id: hit.id, title: hit.title });
    expect(paper.structuredContent.paper.abstract.length).toBeGreaterThan(100);
    const similar = await call(client, "similar_papers", { paper: hit.slug });
    expect(similar.structuredContent.paper.id).toBe(hit.id);
    expect(similar.structuredContent.similar.length).toBeGreaterThan(0);
  });

  it("ranks trending papers for a day, the latest day's week and a month", async () => {
    const day = await call(client, "trending", { period: "day", date: "2026-03-13", limit: 5 });
    expect(day.structuredContent.window).toMatchObject({ kind: "day", start: "2026-03-13" });
    expect(day.structuredContent.papers).toHaveLength(5);
    expect(day.structuredContent.papers[0].score.parts.length).toBeGreaterThan(0);
    const week = await call(client, "trending", { period: "week" });
    expect(week.structuredContent.window).toMatchObject({ kind: "week", start: "2026-03-09", end: "2026-03-15" });
    const month = await call(client, "trending", { period: "month", date: "2026-03-02", limit: 3 });
    expect(month.structuredContent.window).toMatchObject({ kind: "month", start: "2026-03-01" });
  });

  it("reads the token owner's library", async () => {
    const mine = await call(client, "my_library");
    expect(mine.isError).toBeFalsy();
    expect(mine.structuredContent.bookmarks).toEqual([
      expect.objectContaining({
        note: "for the MCP test",
        paper: expect.objectContaining({ id: bookmarked.id, title: bookmarked.title }),
      }),
    ]);
  });

  it("answers a tool error the model can act on: unknown paper, bad reference, no token", async () => {
    const missing = await call(client, "get_paper", { paper: "arXiv:2401.99999" });
    expect(missing.isError).toBe(true);
    expect(missing.content[0]?.text).toMatch(/404/);
    const bad = await call(client, "get_paper", { paper: "not a paper at all" });
    expect(bad.isError).toBe(true);
    const anonymous = await connect({ PAPERBOARD_URL: base });
    try {
      const denied = await call(anonymous, "my_library");
      expect(denied.isError).toBe(true);
      expect(denied.content[0]?.text).toMatch(/PAPERBOARD_TOKEN/);
    } finally {
      await anonymous.close();
    }
  });
});
