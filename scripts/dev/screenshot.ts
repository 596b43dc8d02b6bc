// Screenshots of pages in light/dark × en/fr × desktop/phone, for eyeballing UI changes.
//
//   npx next dev -p 3100 &
//   npx tsx scripts/dev/screenshot.ts [--base http://localhost:3100] [--out /tmp/ui-shots] /path ...
//
// Uses the system Chromium (apt-get install chromium) through Playwright, so no browser
// download is needed. A placeholder session cookie gets past proxy.ts's signed-out redirect;
// pages that really check the session will still send you to /signin.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: "http://localhost:3100" },
    out: { type: "string", default: "/tmp/ui-shots" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    "full-page": { type: "boolean", default: true },
  },
});

const pages = positionals.length > 0 ? positionals : ["/"];
const themes = ["light", "dark"] as const;
const locales = ["en", "fr"] as const;
const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

function slug(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, "").replace(/[^a-z0-9]+/gi, "-") || "root";
}

async function main() {
  await mkdir(values.out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: values.chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const { hostname } = new URL(values.base);
  try {
    for (const viewport of viewports) {
      for (const theme of themes) {
        for (const locale of locales) {
          const context = await browser.newContext({
            viewport: { width: viewport.width, height: viewport.height },
            deviceScaleFactor: 1,
            colorScheme: theme,
          });
          await context.addCookies([
            { name: "NEXT_LOCALE", value: locale, domain: hostname, path: "/" },
            { name: "next-auth.session-token", value: "screenshot", domain: hostname, path: "/" },
          ]);
          // next-themes reads the stored choice before paint.
          await context.addInitScript((value) => window.localStorage.setItem("theme", value), theme);
          const page = await context.newPage();
          page.on("pageerror", (error) => console.error(`[${locale}/${theme}] page error:`, error.message));
          for (const pagePath of pages) {
            await page.goto(new URL(pagePath, values.base).toString(), { waitUntil: "load" });
            // Link prefetches can keep a request open (e.g. to a 404 route): don't wait forever.
            await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
            await page.evaluate(() => document.fonts.ready);
            const file = path.join(values.out, `${slug(pagePath)}-${viewport.name}-${theme}-${locale}.png`);
            await page.screenshot({ path: file, fullPage: values["full-page"] });
            console.log(file);
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
