// The sources registry end to end: an editor adds a source and its aliases, finds it without the
// accents, is refused a near-duplicate; an admin rates it and merges a duplicate into it; a
// viewer only reads; the source is deleted at the end. Screenshots of the list and the detail
// page, light and dark, go to test-results/screenshots/ for a person to look at.
import { expect, type Page, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const LIST = "/w/desk-demo/sources";
const NAME = "Sergueï Choïgou";

test.describe.configure({ mode: "serial" });

async function openSource(page: Page, q: string, name = NAME) {
  await page.goto(`${LIST}?q=${encodeURIComponent(q)}`);
  await page.getByTestId("source-row").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/**
 * Opens a dialog with `trigger`. A click that lands before the page has hydrated does nothing,
 * so it is repeated until the dialog shows.
 */
async function openDialog(page: Page, trigger: string, dialog: { role?: "dialog" | "alertdialog"; name: string }) {
  const button = page.getByRole("button", { name: trigger, exact: true }).first();
  const box = page.getByRole(dialog.role ?? "dialog", { name: dialog.name });
  await expect(async () => {
    if (!(await box.isVisible())) await button.click();
    await expect(box).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return box;
}

/** Picks `option` in the Radix select labelled `label` (retrying a click made before hydration). */
async function pick(page: Page, label: string, option: string) {
  const item = page.getByRole("option", { name: option, exact: true });
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByLabel(label, { exact: true }).click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await item.click();
}

async function shot(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-en-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("an editor adds a source, edits its aliases and finds it without accents", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();

  const dialog = await openDialog(page, "New source", { name: "New source" });
  await dialog.getByLabel("Name").fill(NAME);
  await dialog.getByLabel("Role or description").fill("Secrétaire du Conseil de sécurité de Russie");
  await dialog.getByLabel("Country").fill("ru");
  await dialog.getByRole("button", { name: "Add source" }).click();

  await expect(page).toHaveURL(/\/w\/desk-demo\/sources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("Secrétaire du Conseil de sécurité de Russie")).toBeVisible();
  await expect(page.getByText("Russia", { exact: true })).toBeVisible();
  // Editors may edit and delete, not rate nor merge.
  await expect(page.getByRole("button", { name: "Update rating" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Merge…" })).toHaveCount(0);

  const edit = await openDialog(page, "Edit", { name: "Edit source" });
  await edit.getByLabel("Aliases").fill("Shoigu\nSergei Shoigu\nshoigu");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  const aliases = page.getByTestId("source-aliases");
  await expect(aliases.getByRole("listitem")).toHaveText(["Shoigu", "Sergei Shoigu"]);

  // Accents, case and aliases are ignored by the list's search.
  for (const q of ["choigou", "SERGUEÏ", "shoigu"]) {
    await page.goto(`${LIST}?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("source-row")).toHaveCount(1);
    await expect(page.getByTestId("source-row").getByRole("link", { name: NAME })).toBeVisible();
  }

  // The same name spelt without accents is refused, with a link to the existing source.
  const again = await openDialog(page, "New source", { name: "New source" });
  await again.getByLabel("Name").fill("Serguei Choigou");
  await again.getByRole("button", { name: "Add source" }).click();
  await expect(again.getByText(`“${NAME}” is already in the sources registry.`)).toBeVisible();
  await again.getByRole("link", { name: `Open “${NAME}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
});

test("an admin rates the source and merges a duplicate into it", async ({ page }) => {
  await signIn(page, demo.admin.email, demo.admin.password, LIST);
  // A duplicate, as an editor in a hurry would type it.
  const dialog = await openDialog(page, "New source", { name: "New source" });
  await dialog.getByLabel("Name").fill("S. Choïgou");
  await dialog.getByLabel("Aliases").fill("Сергей Шойгу");
  await dialog.getByLabel("Website").fill("https://fr.wikipedia.org/wiki/Sergue%C3%AF_Cho%C3%AFgou");
  await dialog.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "S. Choïgou" })).toBeVisible();

  await openSource(page, "choigou");
  await pick(page, "Rating", "Unreliable");
  await page.getByLabel("Note").fill("Bilans de pertes ukrainiennes démentis à 3 reprises ; voir l’ISW, 12 mars 2025.");
  await page.getByRole("button", { name: "Update rating" }).click();
  const history = page.getByTestId("reliability-history");
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("Not rated");
  await expect(history).toContainText("Unreliable");
  await expect(history).toContainText("démentis à 3 reprises");
  await expect(history).toContainText(`by ${demo.admin.name}`);

  const merge = await openDialog(page, "Merge…", { name: `Merge “${NAME}” with another source` });
  await merge.getByLabel("Find the other source").fill("s. cho");
  await merge.getByRole("radio", { name: /S\. Choïgou/ }).check();
  await expect(merge.getByRole("radio", { name: `Keep “${NAME}” (this page)` })).toBeChecked();
  await merge.getByRole("button", { name: "Merge…" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Merge “S. Choïgou” into “${NAME}”?` });
  await expect(confirm).toContainText("A merge cannot be undone.");
  await confirm.getByRole("button", { name: "Merge", exact: true }).click();

  await expect(page.getByRole("alertdialog")).toBeHidden();
  const aliases = page.getByTestId("source-aliases");
  await expect(aliases.getByRole("listitem")).toHaveText(["Shoigu", "Sergei Shoigu", "S. Choïgou", "Сергей Шойгу"]);
  // The empty website was filled in from the merged source; the duplicate is gone.
  await expect(page.getByRole("link", { name: /fr\.wikipedia\.org/ })).toBeVisible();
  await page.goto(`${LIST}?q=${encodeURIComponent("Шойгу")}`);
  await expect(page.getByTestId("source-row")).toHaveCount(1);

  await page.goto(LIST);
  await expect(page.getByTestId("source-row").first()).toBeVisible();
  await shot(page, "sources-list");
  await openSource(page, "choigou");
  await shot(page, "source-detail");
});

test("a viewer only reads", async ({ page }) => {
  await signIn(page, demo.viewer.email, demo.viewer.password, LIST);
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New source" })).toHaveCount(0);
  await openSource(page, "shoigu");
  await expect(page.getByText("Unreliable").first()).toBeVisible();
  for (const name of ["Edit", "Merge…", "Update rating", "Delete source"]) await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
});

test("an editor deletes the source nobody cites", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await openSource(page, "choigou");
  const confirm = await openDialog(page, "Delete source", { role: "alertdialog", name: `Delete “${NAME}”?` });
  await confirm.getByRole("button", { name: "Delete source" }).click();
  await expect(page).toHaveURL(new RegExp(`${LIST}$`));
  await page.goto(`${LIST}?q=choigou`);
  await expect(page.getByRole("heading", { name: "No source matches" })).toBeVisible();
});
