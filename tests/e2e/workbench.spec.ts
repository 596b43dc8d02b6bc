// The workbench on corpus article 004 (issue 4), walked as an editor would: select the sentence
// with "86%" and create a claim from it with the keyboard; attribute it to Valery Gerasimov,
// created in the sources registry from the speaker picker; add a link that refutes it (the
// SSRF-safe fetcher refuses a local address: the evidence stays, with the reason) and an uploaded
// document that supports it; set Disputed with a French rationale; reload and find it all, the
// highlight in Disputed's colour; correct the text before the claim and see it still anchored;
// delete its words and find it among the orphans; re-attach it.
// The article is imported under its own file name with a marker line, so this spec owns its copy
// whatever other specs do with 004. Screenshots go to test-results/screenshots (E2E_SHOTS_DIR).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const corpusFile = path.resolve("../shared/corpus/004_725524dbbbc85542.txt");
const SENTENCE = "Gerasimov a affirmé mercredi que les forces armées russes avaient repris plus de 86% de la région prise par l'Ukraine";
const shots = process.env.E2E_SHOTS_DIR ?? "test-results/screenshots";
const shot = (name: string) => path.join(shots, `workbench-${name}.png`);

const STATEMENT = "La Russie affirme avoir repris plus de 86\u00A0% du territoire de la région de Koursk pris par l’Ukraine.";
const SPEAKER = { name: "Valery Gerasimov", description: "Chief of the Russian General Staff" };
/** A local address: the evidence fetcher refuses it (no private or loopback hosts), so no snapshot. */
const REFUTING_URL = "http://127.0.0.1/etat-major-ukrainien/koursk-12-mars.html";
const REFUTING_EXCERPT = "L’état-major ukrainien affirme que ses unités tiennent toujours des positions dans la région de Koursk.";
const DOCUMENT = path.resolve("tests/e2e/fixtures/note-tass-koursk.html");
const DOCUMENT_TITLE = "Dépêche\u202F: l’état-major russe revendique Koursk";
const SUPPORTING_EXCERPT = "les troupes russes avaient repris «\u00A0plus de 86\u00A0%\u00A0» du territoire de la région de Koursk";
const RATIONALE =
  "Le chiffre de «\u00A0plus de 86\u00A0%\u00A0» ne vient que de l’état-major russe\u202F; Kyiv ne l’a pas confirmé et aucune source indépendante ne l’a vérifié. Réévaluer après le cessez-le-feu.";

/** "#ea580c" → "rgb(234, 88, 12)", as getComputedStyle gives colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The colour a claim's highlight is drawn in (its spans' --claim-color, one value per claim). */
async function highlightColor(page: Page, claimId: string): Promise<string> {
  const colors = await page
    .locator(`[data-testid="article-editor"] .claim-hl[data-claim-id="${claimId}"]`)
    .evaluateAll((spans) => [...new Set(spans.map((s) => (s as HTMLElement).style.getPropertyValue("--claim-color").trim().toLowerCase()))]);
  expect(colors).toHaveLength(1);
  return colors[0]!;
}

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
  let claimId = "";
  /** The Disputed verdict's colour as the claim panel shows it (its badge), #rrggbb. */
  let disputedColor = "";

  test("create a claim from a selection with the keyboard", async ({ page }) => {
    // An import on a busy machine: more than the default minute.
    test.setTimeout(120_000);
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
    const [createdId, quote] = Object.entries(await highlighted(page))[0]!;
    claimId = createdId;
    expect(quote).toBe(SENTENCE);
    await expect(editor.locator(`.claim-hl-selected[data-claim-id="${claimId}"]`).first()).toBeVisible();
    await page.screenshot({ path: shot("claim-created") });

    // After a reload the highlight is drawn from the stored anchor; ?claim= opens a claim.
    await page.goto(`${articleUrl}?claim=${claimId}`);
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();
    expect(await highlighted(page)).toEqual({ [claimId]: SENTENCE });
    await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claimId);
    await page.goto(articleUrl);
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();
    await expect(page.getByTestId("claim-panel")).toBeHidden();
    await expect(page.getByTestId("claim-row")).toHaveCount(1);
  });

  test("attribute it to a speaker created on the fly, add evidence against and for, set Disputed with a rationale; all there after a reload", async ({ page }) => {
    test.skip(claimId === "", "needs the claim of the first test");
    // Two evidence uploads, two saves and a reload, on a busy machine.
    test.setTimeout(150_000);
    await signIn(page, demo.editor.email, demo.editor.password, `${articleUrl}?claim=${claimId}`);
    const editor = page.getByTestId("article-editor");
    const panel = page.getByTestId("claim-panel");
    await expect(panel).toHaveAttribute("data-claim-id", claimId);
    await expect(panel.getByTestId("evidence-empty")).toBeVisible();

    // The normalised statement and the speaker, who is not in the registry yet: created from the picker.
    await panel.getByRole("textbox", { name: "Statement" }).fill(STATEMENT);
    const speakerSearch = panel.getByRole("combobox", { name: "Speakers" });
    await speakerSearch.click();
    // Wait for the registry's answer to the full name before reading the list.
    const searched = page.waitForResponse((r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes(SPEAKER.name));
    await speakerSearch.pressSequentially(SPEAKER.name);
    // The response, not its `finished()`: Chromium reports a server action's streamed response as
    // aborted once React has read it, so Playwright never marks the request finished.
    await searched;
    const results = panel.getByRole("listbox", { name: "Matching sources" });
    await expect(results).not.toHaveAttribute("aria-busy", "true");
    const existing = results.getByRole("option", { name: new RegExp(`^${SPEAKER.name}( —|$)`) });
    if ((await existing.count()) > 0) {
      // Another spec of the same run (accepting the 86% suggestion) already put him in the registry:
      // a second copy is not offered, the existing source is picked.
      test.info().annotations.push({ type: "note", description: `${SPEAKER.name} was already in the registry` });
      await expect(results.getByRole("option", { name: `Create “${SPEAKER.name}”` })).toHaveCount(0);
      await existing.first().click();
    } else {
      await results.getByRole("option", { name: `Create “${SPEAKER.name}”` }).click();
      const create = panel.getByRole("group", { name: "New source in the registry" });
      await expect(create.getByRole("textbox", { name: "Name" })).toBeFocused();
      await expect(create.getByRole("textbox", { name: "Name" })).toHaveValue(SPEAKER.name);
      await expect(create.getByRole("combobox", { name: "Kind" })).toHaveText("Person");
      await create.getByRole("textbox", { name: "Description" }).fill(SPEAKER.description);
      await page.keyboard.press("Enter");
      await expect(create).toHaveCount(0);
      await expect(panel.getByTestId("speaker-chip")).toHaveText(new RegExp(`${SPEAKER.name} — ${SPEAKER.description}`));
      // Back in the search, ready for another name.
      await expect(speakerSearch).toBeFocused();
    }
    await expect(panel.getByTestId("speaker-chip")).toHaveCount(1);
    await expect(panel.getByTestId("speaker-chip")).toContainText(SPEAKER.name);
    await page.keyboard.press("ControlOrMeta+s");
    await expect(panel.getByTestId("save-state")).toHaveText("All changes saved");

    // Evidence 1: a link that refutes it. The fetcher refuses the local address; the item stays, with why.
    await panel.getByRole("button", { name: "Add evidence" }).click();
    let form = panel.getByRole("group", { name: "Add evidence" });
    await expect(form.getByRole("tab", { name: "Link" })).toHaveAttribute("aria-selected", "true");
    await form.getByRole("textbox", { name: /^Address \(URL\)/ }).fill(REFUTING_URL);
    await form.getByText("Refutes", { exact: true }).click();
    await expect(form.getByRole("radio", { name: "Refutes" })).toBeChecked();
    await form.getByRole("textbox", { name: "Excerpt" }).fill(REFUTING_EXCERPT);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByText("Evidence added")).toBeVisible();
    await expect(form).toHaveCount(0);
    const refuting = panel.getByTestId("evidence-item").filter({ hasText: REFUTING_URL });
    await expect(refuting).toHaveAttribute("data-stance", "refutes");
    await expect(refuting).toContainText("No snapshot: the page could not be captured.");
    await expect(refuting).toContainText("This address (127.0.0.1) points to a private or local network and can’t be fetched.");

    // Evidence 2: an uploaded French document that supports it, with the passage that matters.
    await panel.getByRole("button", { name: "Add evidence" }).click();
    form = panel.getByRole("group", { name: "Add evidence" });
    await form.getByRole("tab", { name: "Document" }).click();
    await form.getByLabel(/^File/).setInputFiles(DOCUMENT);
    await expect(form.getByText(/^note-tass-koursk\.html \(/)).toBeVisible();
    await form.getByText("Supports", { exact: true }).click();
    await expect(form.getByRole("radio", { name: "Supports" })).toBeChecked();
    await form.getByRole("textbox", { name: "Excerpt" }).fill(SUPPORTING_EXCERPT);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(form).toHaveCount(0);
    const supporting = panel.getByTestId("evidence-item").filter({ hasText: "note-tass-koursk.html" });
    await expect(supporting).toHaveAttribute("data-stance", "supports");
    // Titled from the document itself.
    await expect(supporting).toContainText(DOCUMENT_TITLE);
    await expect(panel.getByTestId("evidence-item")).toHaveCount(2);

    // Disputed, with a rationale typed in the rationale editor; Ctrl+S saves it.
    const rationale = panel.getByRole("textbox", { name: "Rationale" });
    await rationale.click();
    await page.keyboard.type(RATIONALE);
    expect(await rationale.textContent()).toBe(RATIONALE);
    await panel.getByRole("combobox", { name: "Verdict" }).click();
    await page.getByRole("option", { name: "Disputed" }).click();
    await expect(panel.getByRole("combobox", { name: "Verdict" })).toHaveText("Disputed");
    await expect(panel.getByRole("combobox", { name: "Verdict" })).toBeFocused();
    await page.keyboard.press("ControlOrMeta+s");
    await expect(panel.getByTestId("save-state")).toHaveText("All changes saved");
    const badge = panel.locator('header [data-slot="verdict-badge"]');
    await expect(badge).toHaveText("Disputed");

    // Reload: everything comes back from the server.
    await page.reload();
    await expect(panel).toHaveAttribute("data-claim-id", claimId);
    await expect(badge).toHaveText("Disputed");
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();
    disputedColor = await highlightColor(page, claimId);
    expect(disputedColor).toMatch(/^#[0-9a-f]{6}$/);
    // The highlight's colour is the Disputed verdict's: the badge, the claim's row and the text agree.
    await expect(badge).toHaveCSS("background-color", rgb(disputedColor));
    await expect(page.getByTestId("claim-row").locator("button").first()).toHaveCSS("border-left-color", rgb(disputedColor));
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toHaveCSS("text-decoration-color", rgb(disputedColor));
    expect(await highlighted(page)).toEqual({ [claimId]: SENTENCE });

    await expect(panel.getByRole("textbox", { name: "Statement" })).toHaveValue(STATEMENT);
    await expect(panel.getByTestId("speaker-chip")).toContainText(SPEAKER.name);
    await expect(panel.getByTestId("evidence-item")).toHaveCount(2);
    await expect(refuting).toHaveAttribute("data-stance", "refutes");
    await expect(refuting.locator("[data-stance]").first()).toHaveText("Refutes");
    await expect(refuting).toContainText(REFUTING_EXCERPT);
    await expect(refuting).toContainText("points to a private or local network");
    await expect(supporting).toHaveAttribute("data-stance", "supports");
    await expect(supporting.locator("[data-stance]").first()).toHaveText("Supports");
    await expect(supporting).toContainText(SUPPORTING_EXCERPT);
    await expect(panel.getByRole("combobox", { name: "Verdict" })).toHaveText("Disputed");
    await expect(rationale).toHaveText(RATIONALE);
    // Exactly: guillemets, apostrophes and (narrow) no-break spaces kept.
    expect(await rationale.textContent()).toBe(RATIONALE);

    // The document's text was read from the file, typography intact.
    await supporting.getByRole("button", { name: /^View text/ }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("snapshot-text")).toContainText("«\u00A0plus de 86\u00A0%\u00A0»");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(supporting.getByRole("button", { name: /^View text/ })).toBeFocused();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Screenshots, looked at: the page in the light theme; the panel's details, verdict and evidence in both.
    const panelShots = async (theme: string) => {
      const body = panel.getByTestId("claim-panel-body");
      await body.evaluate((el) => el.scrollTo(0, 0));
      await panel.screenshot({ path: shot(`panel-details-${theme}`) });
      await body.evaluate((el) => el.querySelector("#claim-verdict-title")!.scrollIntoView({ block: "start" }));
      await panel.screenshot({ path: shot(`panel-verdict-${theme}`) });
      await panel.getByTestId("evidence-list").evaluate((el) => el.scrollIntoView({ block: "end" }));
      await panel.screenshot({ path: shot(`panel-evidence-${theme}`) });
    };
    await page.screenshot({ path: shot("claim-reviewed-light") });
    await panelShots("light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/dark/);
    await panelShots("dark");
    await page.screenshot({ path: shot("claim-reviewed-dark") });
  });

  test("correct the text before the claim, orphan it by deleting its words, re-attach it", async ({ page }) => {
    test.skip(claimId === "", "needs the claim of the first test");
    // Two saved versions and a re-attach: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    await signIn(page, demo.editor.email, demo.editor.password, articleUrl);
    const editor = page.getByTestId("article-editor");
    await expect(editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first()).toBeVisible();

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
    await page.screenshot({ path: shot("after-edit") });

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
    await page.screenshot({ path: shot("orphan") });

    // Re-attach it to another passage: highlighted there, no orphans left.
    await selectInArticle(page, "430 soldats ukrainiens");
    await orphans.getByRole("button", { name: "Re-attach to selection" }).click();
    await expect(page.getByText("Claim re-attached to the selection.")).toBeVisible();
    expect(await highlighted(page)).toEqual({ [claimId]: "430 soldats ukrainiens" });
    await expect(page.getByTestId("orphans")).toHaveCount(0);
    // Still the Disputed claim, in its colour.
    if (disputedColor) expect(await highlightColor(page, claimId)).toBe(disputedColor);
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
    test.skip(claimId === "", "needs the claim of the first test");
    await signIn(page, demo.viewer.email, demo.viewer.password, articleUrl);
    const editor = page.getByTestId("article-editor");
    await expect(editor.locator(".claim-hl").first()).toBeVisible();
    await expect(page.getByTestId("edit-text")).toHaveCount(0);
    await selectInArticle(page, "Poutine a ajouté des soldats ukrainiens");
    await page.keyboard.press("c");
    await expect(page.getByTestId("selection-toolbar")).toHaveCount(0);
    await expect(page.getByTestId("claim-row")).toHaveCount(2);
    // A click on a highlight opens its claim, read-only: speaker, evidence, verdict and rationale.
    await editor.locator(`.claim-hl[data-claim-id="${claimId}"]`).first().click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel).toHaveAttribute("data-claim-id", claimId);
    await expect(panel.locator('header [data-slot="verdict-badge"]')).toHaveText("Disputed");
    await expect(panel).toContainText(SPEAKER.name);
    await expect(panel.getByTestId("evidence-item")).toHaveCount(2);
    await expect(panel.getByRole("button", { name: "Add evidence" })).toHaveCount(0);
    const rationale = panel.getByRole("textbox", { name: "Rationale" });
    await expect(rationale).toHaveAttribute("aria-readonly", "true");
    await expect(rationale).toHaveText(RATIONALE);
  });
});
