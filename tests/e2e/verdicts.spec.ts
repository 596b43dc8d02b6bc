// The verdict set end to end: an admin adds a verdict (a faint colour is flagged before saving, a
// taken name is refused), renames and recolours it, moves it with the keyboard, renames a
// default verdict and puts its translated name back, and retires the new verdict after a
// confirmation; the starting verdict cannot be retired; a viewer only reads. Screenshots, light
// and dark, go to test-results/screenshots/ for a person to look at. Only the verdict this spec
// adds is left changed (retired), so the specs after it see the default set.
import { expect, type Page, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const PAGE = "/w/desk-demo/settings/verdicts";
const suffix = Date.now().toString(36).slice(-4);
const ADDED = `Satire ${suffix}`;
const RENAMED = `Satire ou parodie ${suffix}`;

test.describe.configure({ mode: "serial" });

async function shot(page: Page, name: string, fullPage = true) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-en-${scheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const rows = (page: Page) => page.getByRole("list", { name: "Verdict set" }).locator(":scope > li");
const row = (page: Page, name: string) => rows(page).filter({ has: page.locator('[data-slot="verdict-badge"]', { hasText: name }) });

test("an admin adds, renames, recolours, moves and retires a verdict", async ({ page }) => {
  await signIn(page, demo.admin.email, demo.admin.password, "/w/desk-demo/settings");
  await page.getByRole("link", { name: "Manage verdicts" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Verdicts" })).toBeVisible();
  await expect(rows(page).first()).toContainText("Starting verdict");
  await expect(page.getByRole("heading", { name: "How verdicts are published (ClaimReview)" })).toBeVisible();
  await shot(page, "verdicts");

  // Add: a pale yellow is flagged before saving, then a teal is accepted.
  const before = await rows(page).count();
  await page.getByRole("button", { name: "Add verdict" }).click();
  const add = page.getByRole("dialog", { name: "Add a verdict" });
  await add.getByLabel("Name", { exact: true }).fill(ADDED);
  await add.getByLabel("Description", { exact: true }).fill("Humour ou parodie présentés comme tels : « 86 % » n’y est pas une information.");
  await add.getByLabel("Colour", { exact: true }).fill("#FDE047");
  await expect(add.getByText("Too faint on the light theme")).toBeVisible();
  await add.getByLabel("Colour", { exact: true }).fill("#0e7490");
  await expect(add.getByText("Too faint")).toHaveCount(0);
  await add.getByLabel("ClaimReview name", { exact: true }).fill("Satire");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add).toBeHidden();
  await expect(rows(page)).toHaveCount(before + 1);
  await expect(rows(page).last()).toContainText(ADDED);
  await expect(rows(page).last()).toContainText("“Satire”, 3/5");

  // A name already shown by another verdict (here the French name of "False") is refused.
  await page.getByRole("button", { name: "Add verdict" }).click();
  await add.getByLabel("Name", { exact: true }).fill("faux");
  await add.getByLabel("ClaimReview name", { exact: true }).fill("False");
  await add.getByRole("button", { name: "Add verdict" }).click();
  await expect(add.getByText("A verdict named “faux” already exists")).toBeVisible();
  await add.getByRole("button", { name: "Cancel" }).click();
  await expect(rows(page)).toHaveCount(before + 1);

  // Rename and recolour it; the badge takes the new colour with readable text.
  await page.getByRole("button", { name: `Edit ${ADDED}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit “${ADDED}”` });
  await edit.getByLabel("Name", { exact: true }).fill(RENAMED);
  await edit.getByLabel("Colour", { exact: true }).fill("#be185d");
  await edit.getByLabel("Needs a rationale and evidence").check();
  await shot(page, "verdicts-edit-dialog", false);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  const badge = row(page, RENAMED).locator('[data-slot="verdict-badge"]');
  await expect(badge).toHaveCSS("background-color", "rgb(190, 24, 93)");
  await expect(badge).toHaveCSS("color", "rgb(255, 255, 255)");
  await expect(row(page, RENAMED)).toContainText("Needs evidence");

  // Move it up with the keyboard: focus stays on the moved verdict, the order is saved.
  const up = page.getByRole("button", { name: `Move ${RENAMED} up` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(rows(page).nth(before - 1)).toContainText(RENAMED);
  await expect(page.getByRole("button", { name: `Move ${RENAMED} up` })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: `${RENAMED} moved to position ${before} of ${before + 1}.` })).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(rows(page).nth(before - 2)).toContainText(RENAMED);
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(rows(page).nth(before - 2)).toContainText(RENAMED);
  // Put it back at the end so the default set keeps its order for the specs after this one.
  await page.getByRole("button", { name: `Move ${RENAMED} down` }).click();
  await expect(rows(page).nth(before - 1)).toContainText(RENAMED);
  await page.getByRole("button", { name: `Move ${RENAMED} down` }).click();
  await expect(rows(page).last()).toContainText(RENAMED);
  await page.waitForLoadState("networkidle");

  // Rename a default verdict, then clear the name: the translated default comes back.
  await page.getByRole("button", { name: "Edit Unverifiable" }).click();
  const editDefault = page.getByRole("dialog", { name: "Edit “Unverifiable”" });
  await editDefault.getByLabel("Name", { exact: true }).fill("Out of reach");
  await editDefault.getByRole("button", { name: "Save" }).click();
  await expect(row(page, "Out of reach")).toHaveCount(1);
  await page.getByRole("button", { name: "Edit Out of reach" }).click();
  await page.getByRole("dialog", { name: "Edit “Out of reach”" }).getByLabel("Name", { exact: true }).fill("");
  await page.getByRole("dialog", { name: "Edit “Out of reach”" }).getByRole("button", { name: "Save" }).click();
  await expect(row(page, "Unverifiable")).toHaveCount(1);

  // The starting verdict cannot be retired.
  await page.getByRole("button", { name: "More actions for Unverified" }).click();
  await expect(page.getByRole("menuitem", { name: "Retire (choose another starting verdict first)" })).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Escape");

  // Retire the new verdict after confirming; it stays listed, marked retired, and can be restored.
  await page.getByRole("button", { name: `More actions for ${RENAMED}` }).click();
  await page.getByRole("menuitem", { name: "Retire…" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Retire “${RENAMED}”?` });
  await expect(confirm).toContainText("No claim has this verdict.");
  await confirm.getByRole("button", { name: "Retire verdict" }).click();
  await expect(row(page, RENAMED)).toContainText("Retired");
  await page.getByRole("button", { name: `More actions for ${RENAMED}` }).click();
  await expect(page.getByRole("menuitem", { name: "Restore" })).toBeVisible();
  await page.keyboard.press("Escape");
  await shot(page, "verdicts-after");
});

test("a viewer reads the verdict set without controls", async ({ page }) => {
  await signIn(page, demo.viewer.email, demo.viewer.password, PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Verdicts" })).toBeVisible();
  await expect(page.getByText("Only admins and owners can change the verdict set.")).toBeVisible();
  await expect(rows(page).first()).toContainText("Unverified");
  await expect(page.getByRole("button", { name: "Add verdict" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^More actions/ })).toHaveCount(0);
});
