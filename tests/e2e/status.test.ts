// /status tells users whether the data is current: last ingest, papers per day (chart + numbers), errors.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("ingest status page", () => {
  it("shows the seed's successful ingest, a chart with a text alternative, and no errors", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: "Ingest status" }).click();
    await page.waitForURL(/\/status$/);
    const last = page.getByRole("region", { name: "Last successful ingest" });
    await expect(last.textContent()).resolves.toMatch(/digest-text — \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC from .*seed-digest\.txt: 98 created, 0 updated, 0 unchanged, 0 rejected/);
    const chart = page.getByRole("img", { name: /^Papers per digest day: 98 papers over 1 period,/ });
    expect(await chart.count()).toBe(1);
    await page.getByText("Show the numbers").click();
    await expect(page.getByRole("row", { name: "2026-03-13 98" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Recent errors" }).textContent()).resolves.toContain("No failed ingests.");
    await page.close();
  });
});
