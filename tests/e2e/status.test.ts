// /status tells users whether the data is current: last ingest, papers per day (chart + numbers),
// errors — and, being public, never a source's query string (tokens) or an error's raw text.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signRevalidateToken } from "@/lib/cache/revalidate-token";
import { readOrCreateSecretFile } from "@/lib/domain/secret-file";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const SECRET_URL = "https://oai.example.org/oai2?verb=ListRecords&token=s3cret-token";
let browser: TestBrowser;
let db: Database.Database;

beforeAll(async () => {
  browser = await launchBrowser();
  db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
});
afterAll(async () => {
  db.prepare("DELETE FROM IngestRun WHERE source LIKE 'https://oai.example.org/%' OR source LIKE '/srv/%'").run();
  db.close();
  await browser.close();
});

/** A run dated like the seed's own (the page reads the stored format back). */
function addRun(source: string, format: string, status: string, error: string | null): void {
  db.prepare(
    "INSERT INTO IngestRun (source, format, status, startedAt, finishedAt, created, error) SELECT ?, ?, ?, startedAt, finishedAt, 3, ? FROM IngestRun ORDER BY id LIMIT 1",
  ).run(source, format, status, error);
}

/** What an ingest does after writing: tells the app, whose cached /status then renders anew. */
async function notifyApp(): Promise<void> {
  // Created once, exclusively, by whichever process needs it first: the app reads the same one.
  const secret = readOrCreateSecretFile(path.join(inject("appDataDir"), "app-secret"));
  const token = signRevalidateToken({ p: "revalidate", e: Math.floor(Date.now() / 1000) + 60 }, secret);
  const response = await fetch(`${base}/api/revalidate`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.ok).toBe(true);
}

describe("ingest status page", () => {
  it("shows the seed's successful ingest, its papers per day, and no errors", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: "Ingest status" }).click();
    await page.waitForURL(/\/status$/);
    const last = page.getByRole("region", { name: "Last successful ingest" });
    await expect(last.textContent()).resolves.toMatch(
      /digest-text — \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC from seed-digest\.txt: 98 created, 0 updated, 0 unchanged, 0 rejected/,
    );
    // One digest day: a sentence says it better than a one-bar chart.
    await expect(
      page.getByText("Papers per digest day: 98 papers in 2026-03-13.", { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Recent errors" }).textContent()).resolves.toContain(
      "No failed ingests.",
    );
    // The seed's related papers were computed by its ingest; other test files may add a paper or two.
    const derived = await page.getByRole("region", { name: "Derived data" }).textContent();
    expect(derived).toMatch(/Related papers (are computed for every paper|pending for [1-9] papers)/);
    expect(derived).toMatch(
      /(Now|Last run): (up to date|checking topics|computing related papers|updating the search index)/,
    );
    await page.close();
  });

  it("shows sources without their query strings and errors only as a short class", async () => {
    addRun(SECRET_URL, "arxiv-oai", "succeeded", null);
    addRun(SECRET_URL, "arxiv-oai", "failed", `${SECRET_URL}: request failed: getaddrinfo ENOTFOUND oai.example.org`);
    addRun(
      "/srv/private/digest.txt",
      "digest-text",
      "failed",
      '/srv/private/digest.txt:41: title: Unexpected "password=hunter2"',
    );
    await notifyApp();
    const html = await (await fetch(`${base}/status`)).text();
    expect(html).not.toMatch(/s3cret|hunter2|ENOTFOUND|\/srv\/private|verb=ListRecords/);
    const page = await browser.context.newPage();
    await page.goto(`${base}/status`);
    await expect(page.getByRole("region", { name: "Last successful ingest" }).textContent()).resolves.toContain(
      "arxiv-oai — ",
    );
    await expect(page.getByRole("region", { name: "Last successful ingest" }).textContent()).resolves.toContain(
      "from https://oai.example.org/oai2:",
    );
    const errors = page.getByRole("region", { name: "Recent errors" }).getByRole("listitem");
    const shown = await errors.allTextContents();
    expect(shown).toHaveLength(2);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/digest-text · digest\.txtbad record at line 41$/),
        expect.stringMatching(/arxiv-oai · https:\/\/oai\.example\.org\/oai2could not reach the source$/),
      ]),
    );
    await page.close();
  });
});
