// Launches Debian's chromium through playwright-core (never a downloaded browser), with a fresh profile.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type TestBrowser = { context: BrowserContext; close: () => Promise<void> };

/**
 * `clientAddress` is sent as X-Forwarded-For, which the test apps trust as one proxy's (TRUST_PROXY=1,
 * tests/setup/app-server.ts): limits are per client address, so each simulated person gets their own
 * (as separate machines would). `allowConsoleErrors` names
 * console errors a test expects (e.g. a 404 page's own status).
 */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean; clientAddress?: string; allowConsoleErrors?: RegExp } = {},
): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "paperboard-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    args: ARGS,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.clientAddress ? { extraHTTPHeaders: { "x-forwarded-for": options.clientAddress } } : {}),
  });
  // Console errors fail tests: a page that logs errors is broken even if it looks fine.
  const consoleErrors: string[] = [];
  context.on("console", (msg) => {
    if (msg.type() === "error" && !options.allowConsoleErrors?.test(msg.text())) consoleErrors.push(msg.text());
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (consoleErrors.length > 0) throw new Error(`Browser console errors:\n${consoleErrors.join("\n")}`);
    },
  };
}

export type { Browser };

/** The card (a list item) whose title links exactly `title`, as a reader finds it in a list of papers. */
export function cardTitled(page: Page, title: string): Locator {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) })
    .first();
}
