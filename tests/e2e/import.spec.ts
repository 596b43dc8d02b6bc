import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const corpusDir = path.resolve("../shared/corpus");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort() : [];

test.describe("import", () => {
  test.skip(corpus.length < 5, `the shared corpus is absent (${corpusDir}): nothing to import`);

  test("drag five files in, watch them import, open one, see its removed lines and restore one", async ({ page }) => {
    await signIn(page, demo.editor.email, demo.editor.password, "/w/desk-demo/import");
    await expect(page.getByRole("heading", { name: "Import articles" })).toBeVisible();

    const files = corpus.map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), "utf8") }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
      return dt;
    }, files);
    const zone = page.getByTestId("import-drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await expect(page.getByText("5 files", { exact: false }).first()).toBeVisible();
    await page.getByTestId("import-submit").click();

    const bar = page.getByRole("progressbar", { name: "Import progress" });
    await expect(bar).toHaveAttribute("aria-valuemax", "5");
    await expect(bar).toHaveAttribute("aria-valuenow", "5", { timeout: 60_000 });
    await expect(page.locator('[data-testid="import-item"][data-status="done"]')).toHaveCount(5);

    const row = page.locator('[data-testid="import-item"]').filter({ hasText: corpus[2]! });
    await row.getByRole("link", { name: "Open article" }).first().click();
    await expect(page).toHaveURL(/\/w\/desk-demo\/articles\/[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Removed lines" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/article-en-light.png", fullPage: true });

    const restore = page.getByRole("button", { name: /^Restore “/ });
    const before = await restore.count();
    expect(before).toBeGreaterThan(0);
    await restore.first().click();
    await expect(page.getByText("Line restored. The article now has a new version.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Restore “/ })).toHaveCount(before - 1);
  });
});
