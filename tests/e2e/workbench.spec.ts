// The workbench's reading view on corpus article 004 (issue 4): select the sentence with "86%",
// create a claim from it with the keyboard, see it highlighted (and still after a reload); correct
// the text before it and see it still anchored; delete its words and find it among the orphans.
// The article is imported under its own file name with a marker line, so this spec owns its copy
// whatever other specs do with 004.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const corpusFile = path.resolve("../shared/corpus/004_725524dbbbc85542.txt");
const SENTENCE = "Gerasimov a affirmé mercredi que les forces armées russes avaient repris plus de 86% de la région prise par l'Ukraine";

/** Selects `text` in the article (it may span highlight spans) with a real DOM selection. */
async function selectInArticle(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="article-editor"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; at: number }[] = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: all.length });
      all += (n as Text).data;
    }
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`not in the article: ${wanted}`);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + wanted.length));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    (range.startContainer.parentElement ?? root).scrollIntoView({ block: "center" });
  }, text);
}

/** The text each highlighted claim covers, by claim id (nested spans counted once per claim). */
async function highlighted(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-testid="article-editor"] .claim-hl').evaluateAll((spans) => {
    const byClaim = new Map<string, Set<Text>>();
    for (const span of spans) {
      const id = span.getAttribute("data-claim-id")!;
      const texts = byClaim.get(id) ?? new Set<Text>();
      const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.add(n as Text);
      byClaim.set(id, texts);
    }
    return Object.fromEntries([...byClaim].map(([id, texts]) => [id, [...texts].map((t) => t.data).join("")]));
  });
}

test.describe.serial("workbench reading view", () => {
  test.skip(!existsSync(corpusFile), `the shared corpus is absent (${corpusFile})`);
  let articleUrl = "";

  test("create a claim from a selection, keep it through a text edit, orphan it by deleting its words", async ({ page }) => {
    // An import, two saved versions and a re-attach: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    const marker = `Copie de travail ${Date.now().toString(36)}.`;
    await signIn(page, demo.editor.email, demo.editor.password, "/w/desk-demo/import");
    const file = { name: "004-workbench.txt", text: `${readFileSync(corpusFile, "utf8").trimEnd()}\n\n${marker}\n` };
    const dataTransfer = await page.evaluateHandle((f) => {
      const dt = new DataTransfer();
      dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
      return dt;
    }, file);
    await expect(page.getByRole("heading", { name: "Import articles" })).toBeVisible();
    const zone = page.getByTestId("import-drop-zone");
    // Dropped again until the page has hydrated and lists the file.
    await expect(async () => {
      await zone.dispatchEvent("dragenter", { dataTransfer });
      await zone.dispatchEvent("drop", { dataTransfer });
      await expect(page.getByText(file.name)).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await page.getByTestId("import-submit").click();
    await expect(page.locator('[data-testid="import-item"][data-status="done"]')).toHaveCount(1, { timeout: 60_000 });
    await page.getByRole("link", { name: "Open article" }).first().click();
    await expect(page).toHaveURL(/\/w\/desk-demo\/articles\/[0-9a-f-]{36}$/);
    articleUrl = new URL(page.url()).pathname;

    const editor = page.getByTestId("article-editor");
    await expect(editor).toBeVisible();
    await expect(page.getByTestId("claims-empty")).toBeVisible();
    await expect(page.getByTestId("claims-empty")).toContainText("No claims yet");

    // Select the sentence, see the toolbar, create the claim with "c".
    await selectInArticle(page, SENTENCE);
    await expect(page.getByTestId("selection-toolbar")).toBeVisible();
    await expect(page.getByRole("button", { name: /Create claim/ })).toBeVisible();
    await page.keyboard.press("c");
    await expect(page.getByText("Claim created.")).toBeVisible();
    await expect(page.getByTestId("claim-panel")).toBeVisible();
    await expect(page.getByTestId("claim-quote")).toContainText("86%");
    const [claimId, quote] = Object.entries(await highlighted(page))[0]!;
    expect(quote).toBe(SENTENCE);
    await expect(editor.locator(`.claim-hl-selected[data-claim-id="${claimId}"]`).first()).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/workbench-claim-created.png" });

    // After a reload the highlight is drawn from the stored anchor; ?claim= opens a claim.
    await page.goto(`${articleUrl}?claim=${claimId}`);
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();
    expect(await highlighted(page)).toEqual({ [claimId]: SENTENCE });
    await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claimId);
    await page.goto(articleUrl);
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();
    await expect(page.getByTestId("claim-panel")).toBeHidden();
    await expect(page.getByTestId("claim-row")).toHaveCount(1);

    // Correct the text before the claim: it stays anchored on the same words.
    await page.getByTestId("edit-text").click();
    await expect(page.getByTestId("edit-bar")).toBeVisible();
    await editor.locator("p", { hasText: SENTENCE }).evaluate((p) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.type("Selon l’état-major russe, ");
    await expect(editor.locator("p", { hasText: "Selon l’état-major russe, Cependant" })).toBeVisible();
    // The highlight followed the edit live.
    expect(await highlighted(page)).toEqual({ [claimId]: SENTENCE });
    await page.getByTestId("save-text").click();
    await expect(page.getByTestId("edit-outcome")).toContainText("Version 2 saved");
    await expect(page.getByTestId("edit-outcome")).toContainText("1 claim re-anchored, none orphaned.");
    await expect(page.getByRole("link", { name: /v2/ })).toHaveAttribute("aria-current", "page");
    expect(await highlighted(page)).toEqual({ [claimId]: SENTENCE });
    await page.screenshot({ path: "test-results/screenshots/workbench-after-edit.png" });

    // Delete the claim's words: it is no longer in the text, so it becomes an orphan, listed.
    await page.keyboard.press("e");
    await expect(page.getByTestId("edit-bar")).toBeVisible();
    await selectInArticle(page, SENTENCE);
    await page.keyboard.press("Backspace");
    await expect(editor.locator(".claim-hl")).toHaveCount(0);
    await page.getByTestId("save-text").click();
    await expect(page.getByTestId("edit-outcome")).toContainText("No claim re-anchored, 1 orphaned.");
    const orphans = page.getByTestId("orphans");
    await expect(orphans).toBeVisible();
    await expect(orphans.getByRole("heading", { name: /Orphaned claims/ })).toBeVisible();
    await expect(orphans.getByTestId("orphan-claim")).toContainText("86%");
    await expect(orphans.getByRole("button", { name: "Re-attach to selection" })).toBeVisible();
    await expect(editor.locator(".claim-hl")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/workbench-orphan.png" });

    // Re-attach it to another passage: highlighted there, no orphans left.
    await selectInArticle(page, "430 soldats ukrainiens");
    await orphans.getByRole("button", { name: "Re-attach to selection" }).click();
    await expect(page.getByText("Claim re-attached to the selection.")).toBeVisible();
    expect(await highlighted(page)).toEqual({ [claimId]: "430 soldats ukrainiens" });
    await expect(page.getByTestId("orphans")).toHaveCount(0);
  });

  test("keyboard: shortcut help, verdict keys with their rule, j/k between claims", async ({ page }) => {
    test.skip(articleUrl === "", "needs the article of the previous test");
    await signIn(page, demo.editor.email, demo.editor.password, articleUrl);
    const editor = page.getByTestId("article-editor");
    await expect(editor.locator(".claim-hl").first()).toBeVisible();

    await selectInArticle(page, "Peskov a déclaré jeudi");
    await page.keyboard.press("c");
    await expect(page.getByText("Claim created.")).toBeVisible();
    await expect(page.getByTestId("claim-panel")).toBeVisible();
    // 2 = In progress (no rule); 3 = Verified needs a rationale and evidence: refused with the reason.
    await page.keyboard.press("2");
    await expect(page.getByText("Verdict set to In progress.")).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByText("“Verified” needs a written rationale.", { exact: false })).toBeVisible();
    // The panel shows where to write it: the rationale editor has the focus.
    const rationale = page.getByTestId("claim-panel").locator('[contenteditable="true"]').first();
    await expect(rationale).toBeFocused();
    await rationale.evaluate((el) => (el as HTMLElement).blur());

    // Esc closes the claim; j/k move in text order from the last one opened.
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("claim-panel")).toBeHidden();
    await expect(page.getByTestId("claim-row")).toHaveCount(2);
    await page.keyboard.press("k");
    await expect(page.getByTestId("claim-quote")).toContainText("430 soldats ukrainiens");
    await page.keyboard.press("j");
    await expect(page.getByTestId("claim-quote")).toContainText("Peskov a déclaré jeudi");
    await page.keyboard.press("k");
    await expect(page.getByTestId("claim-quote")).toContainText("430 soldats ukrainiens");

    await page.keyboard.press("?");
    const help = page.getByTestId("shortcuts-dialog");
    await expect(help).toBeVisible();
    await expect(help).toContainText("Next claim");
    await expect(help).toContainText("Verdict keys");
    // Shortcuts are off while a dialog is open and while typing.
    await page.keyboard.press("j");
    await expect(page.getByTestId("claim-quote")).toContainText("430 soldats ukrainiens");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await page.keyboard.press("Escape");
    await page.keyboard.press("/");
    await expect(page.getByTestId("claims-search")).toBeFocused();
    await page.keyboard.type("jk");
    await expect(page.getByTestId("claims-search")).toHaveValue("jk");
    await expect(page.getByTestId("claim-panel")).toBeHidden();
  });

  test("viewers read highlights but get no create or edit controls", async ({ page }) => {
    test.skip(articleUrl === "", "needs the article of the first test");
    await signIn(page, demo.viewer.email, demo.viewer.password, articleUrl);
    const editor = page.getByTestId("article-editor");
    await expect(editor.locator(".claim-hl").first()).toBeVisible();
    await expect(page.getByTestId("edit-text")).toHaveCount(0);
    await selectInArticle(page, "Poutine a ajouté des soldats ukrainiens");
    await page.keyboard.press("c");
    await expect(page.getByTestId("selection-toolbar")).toHaveCount(0);
    await expect(page.getByTestId("claim-row")).toHaveCount(2);
    // A click on a highlight opens its claim, read-only.
    await editor.locator(".claim-hl").first().click();
    await expect(page.getByTestId("claim-panel")).toBeVisible();
  });
});
