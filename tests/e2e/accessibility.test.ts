// axe-core reports no violations on any page, in both themes, at desktop and phone widths.
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { listSitePages, type SitePage } from "./site-pages";

const base = inject("appUrl");
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "360 px", width: 360, height: 740 },
];
let browser: TestBrowser;
let pages: SitePage[];

beforeAll(async () => {
  // The 404 page's own status is logged by chromium as a failed resource load.
  browser = await launchBrowser({ allowConsoleErrors: /status of 404/ });
  pages = await listSitePages(base);
});
afterAll(async () => {
  await browser.close();
});

describe.each(["light", "dark"] as const)("axe in the %s theme", (colorScheme) => {
  it.each(VIEWPORTS)(
    "finds no violations on any page at $name",
    async (viewport) => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const report: string[] = [];
      for (const site of pages) {
        const response = await page.goto(`${base}${site.path}`);
        expect(response?.status(), site.path).toBe(site.status ?? 200);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          const targets = v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1] ?? ""}`);
          report.push(`${site.name} (${site.path}): ${v.id} — ${v.help}\n    ${targets.join("\n    ")}`);
        }
      }
      expect(report.join("\n")).toBe("");
      await page.close();
      // Nine pages through axe on a shared 2-core machine: well past the default minute under load.
    },
    240_000,
  );
});
