// Claim suggestions end to end: corpus articles 002 and 004 imported (or found already imported:
// the import spec brings all five in), 004 opened, its suggestions drawn in the text apart from
// claims (dotted underline, no fill), and the "86%" one accepted with its speaker and figure filled
// in — in light and dark themes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const corpusDir = path.resolve("../shared/corpus");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort() : [];

function corpusFile(prefix: string): { name: string; text: string } {
  const name = corpus.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no ${prefix}*.txt in ${corpusDir}`);
  return { name, text: readFileSync(path.join(corpusDir, name), "utf8") };
}

async function importFiles(page: Page, list: { name: string; text: string }[]) {
  await page.goto("/w/desk-demo/import");
  await expect(page.getByRole("heading", { name: "Import articles" })).toBeVisible();
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const f of items) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
    return dt;
  }, list);
  const zone = page.getByTestId("import-drop-zone");
  // A drop before the page has hydrated is lost: drop again until the files are listed.
  await expect(async () => {
    await zone.dispatchEvent("dragenter", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });
    await expect(page.getByText(`${list.length} files`, { exact: false }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.getByTestId("import-submit").click();
  const bar = page.getByRole("progressbar", { name: "Import progress" });
  await expect(bar).toHaveAttribute("aria-valuenow", String(list.length), { timeout: 60_000 });
}

test.describe("claim suggestions", () => {
  test.skip(!corpus.some((f) => f.startsWith("002_")) || !corpus.some((f) => f.startsWith("004_")), `the shared corpus is absent (${corpusDir})`);

  test("import 002 and 004, see 004's suggestions drawn apart from claims, accept the 86% one with its speaker and figure", async ({ page }) => {
    const a002 = corpusFile("002_");
    const a004 = corpusFile("004_");
    await signIn(page, demo.editor.email, demo.editor.password, "/w/desk-demo/import");
    await importFiles(page, [a002, a004]);

    // Imported now, or already there (then it is a duplicate pointing at the article).
    const row = page.locator('[data-testid="import-item"]').filter({ hasText: a004.name });
    await expect(row).toHaveAttribute("data-status", /^(done|duplicate)$/);
    await row.getByRole("link", { name: /^(Open article|Open existing)$/ }).first().click();
    await expect(page).toHaveURL(/\/w\/desk-demo\/articles\/[0-9a-f-]{36}/);
    await expect(page.getByTestId("article-editor")).toBeVisible();

    // The background run has stored the suggestions (the list waits while it is pending).
    await page.getByTestId("tab-suggestions").click();
    const card = page.getByTestId("suggestion-row").filter({ hasText: "plus de 86%" });
    await expect(card).toBeVisible({ timeout: 30_000 });
    await expect(card.getByTestId("suggestion-speaker")).toContainText("Gerasimov");
    await expect(card.getByTestId("suggestion-figures")).toContainText("86");
    await expect(card.getByTestId("suggestion-reasons")).toContainText("Contains a percentage");

    // Drawn in the text: a dotted underline and no fill — unlike a claim's highlight.
    const words = page.locator('[data-testid="article-editor"] [data-suggestion-id]').filter({ hasText: "86%" });
    await expect(words).toHaveCount(1);
    await expect(words).toHaveCSS("text-decoration-style", "dotted");
    await expect(words).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");

    // Clicking the card brings its words into view, focused.
    await card.getByRole("button", { name: /plus de 86%/ }).click();
    await expect(card).toHaveAttribute("aria-current", "true");
    await expect(words).toHaveClass(/suggestion-hl-focused/);
    await expect(words).toBeInViewport();
    await page.screenshot({ path: "test-results/screenshots/suggestions-light.png" });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.screenshot({ path: "test-results/screenshots/suggestions-dark.png" });
    await page.emulateMedia({ colorScheme: "light" });

    // Accept: it becomes a claim with the speaker and the figure filled in.
    await card.getByTestId("suggestion-accept").click();
    await expect(page.getByText("Suggestion accepted: the claim is in the list.")).toBeVisible();
    await expect(card).toHaveCount(0);
    await expect(words).toHaveCount(0);
    const claimWords = page.locator('[data-testid="article-editor"] [data-claim-id]').filter({ hasText: "86%" });
    await expect(claimWords).toHaveCount(1);
    await expect(claimWords).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(claimWords).toHaveCSS("text-decoration-style", "solid");

    await page.getByTestId("tab-claims").click();
    await page.getByTestId("claim-row").filter({ hasText: "plus de 86%" }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("claim-statement")).toHaveValue(/^Gerasimov a affirmé mercredi que les forces armées russes avaient repris plus de 86% /);
    await expect(panel.getByTestId("speaker-chip")).toContainText("Gerasimov");
    const figure = panel.getByTestId("quantity-row").first();
    await expect(figure.getByRole("textbox").first()).toHaveValue("86");
    await expect(panel.getByTestId("quantity-row").filter({ has: page.locator('input[value="%"]') })).toHaveCount(1);
    await page.screenshot({ path: "test-results/screenshots/suggestions-accepted-light.png" });
  });
});
