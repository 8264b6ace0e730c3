// The API reference page in a real browser: no axe violations in either theme at desktop and phone
// widths, no sideways scroll at 360 px, and tap targets in its navigation of at least 44 × 44 px.
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
let browser: TestBrowser;

beforeAll(async () => {
  // axe runs as a script in the page, so this browser has JavaScript; the page itself needs none (api-v1.test.ts reads its HTML).
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("/docs/api", () => {
  it.each([
    { theme: "light", width: 1280 },
    { theme: "dark", width: 1280 },
    { theme: "light", width: 360 },
    { theme: "dark", width: 360 },
  ] as const)(
    "has no axe violations in the $theme theme at $width px",
    async ({ theme, width }) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      expect((await page.goto(`${base}/docs/api`))?.status()).toBe(200);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")}`,
        ),
      ).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it("fits 360 px without sideways scroll, with tap-sized navigation", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/docs/api`);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const small = await page.$$eval(
      "header a, header button, nav a",
      (els) =>
        els
          .filter((el) => el.checkVisibility())
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width < 44 || r.height < 44).length,
    );
    expect(small).toBe(0);
    await page.close();
  });
});
