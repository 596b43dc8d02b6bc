// The entity registry end to end. A workspace of its own (the demo editor and viewer as members)
// gets claims about Koursk, Kursk, Sudzha, Soudja, Poutine and Zelensky whose names go through the
// real resolution (lib/entities/resolve.ts, run in a child process against the e2e database), so
// the page shows what the engine proposed. The editor confirms "Kursk → Koursk" from the keyboard,
// rejects a surname, adds a Cyrillic spelling, unlinks and relinks a claim, is refused a duplicate,
// merges and splits; the viewer only reads; the list is checked in French. Screenshots, light and
// dark, go to test-results/screenshots/. The workspace is deleted at the end.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { demo, signIn } from "./fixtures";

/** The e2e server's embedded Postgres (playwright.config.ts: CLAIMDESK_DATA_DIR=.data/e2e). */
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const SLUG = `entities-${Date.now().toString(36)}`;
const LIST = `/w/${SLUG}/entities`;

test.describe.configure({ mode: "serial" });

function databaseUrl(): string {
  const port = Number(readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]);
  return `postgresql://postgres:postgres@127.0.0.1:${port}/claimdesk`;
}

/**
 * Runs in a child Node process with the app's module conditions (server-only code, path aliases),
 * so the claims' entities are resolved by the same code as in the app.
 */
const SEED = `
const { db, disconnectDb } = await import("./lib/db.ts");
const { linkClaimEntities, resolveMentions } = await import("./lib/entities/resolve.ts");
const { defaultVerdictRows } = await import("./lib/verdicts/defaults.ts");
const slug = process.env.E2E_SLUG;
const ws = await db().workspace.create({ data: { name: "Entités (e2e)", slug } });
await db().verdict.createMany({ data: defaultVerdictRows(ws.id) });
const users = await db().user.findMany({ where: { email: { in: ["editor@claimdesk.demo", "viewer@claimdesk.demo"] } } });
for (const u of users) await db().membership.create({ data: { workspaceId: ws.id, userId: u.id, role: u.email.startsWith("editor") ? "editor" : "viewer" } });
const editor = users.find((u) => u.email.startsWith("editor"));
const verdict = await db().verdict.findFirstOrThrow({ where: { workspaceId: ws.id, isInitial: true } });
const article = await db().article.create({ data: { workspaceId: ws.id, title: "Poutine à Koursk : « 86 % » du territoire repris", outlet: "Le Quotidien", contentHash: "e".repeat(64) } });
const claims = [
  ["L’armée russe affirme avoir repris 86\u00a0% de la région de Koursk.", [["Koursk", "place"]]],
  ["Vladimir Poutine s’est rendu à Kursk mercredi, en uniforme.", [["Vladimir Poutine", "person"], ["Kursk", "place"]]],
  ["Selon Poutine, 430 soldats ukrainiens ont été capturés.", [["Poutine", "person"]]],
  ["Sudzha a été « presque complètement détruite », selon l’état-major.", [["Sudzha", "place"]]],
  ["La reprise de Soudja a été annoncée quelques jours plus tôt.", [["Soudja", "place"]]],
  ["Volodymyr Zelensky dément toute percée russe.", [["Volodymyr Zelensky", "person"]]],
  ["Zelensky a admis des « pertes importantes ».", [["Zelensky", "person"]]],
];
for (const [quote, mentions] of claims) {
  const claim = await db().claim.create({ data: { workspaceId: ws.id, articleId: article.id, quote, anchor: { create: { version: 1, start: 0, end: quote.length } }, verdictId: verdict.id } });
  await db().$transaction(async (tx) => {
    const resolved = await resolveMentions(tx, { workspaceId: ws.id, mentions: mentions.map(([text, type]) => ({ text, type })), actorId: editor.id });
    await linkClaimEntities(tx, { workspaceId: ws.id, claimId: claim.id, entityIds: resolved.flatMap((r) => (r ? [r.entity.id] : [])) });
  });
}
await disconnectDb();
`;

test.beforeAll(() => {
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", SEED], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), E2E_SLUG: SLUG },
    stdio: ["ignore", "inherit", "inherit"],
  });
});

test.afterAll(async () => {
  const db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
  try {
    await db.query(`DELETE FROM "Workspace" WHERE slug = $1`, [SLUG]);
  } finally {
    await db.end();
  }
});

/** Opens a dialog with `trigger`, repeating a click that landed before hydration. */
async function openDialog(page: Page, trigger: string, dialog: { role?: "dialog" | "alertdialog"; name: string }) {
  const button = page.getByRole("button", { name: trigger, exact: true }).first();
  const box = page.getByRole(dialog.role ?? "dialog", { name: dialog.name });
  await expect(async () => {
    if (!(await box.isVisible())) await button.click();
    await expect(box).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return box;
}

async function openEntity(page: Page, name: string, q = name) {
  await page.goto(`${LIST}?q=${encodeURIComponent(q)}`);
  await page.getByTestId("entity-row").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function shot(page: Page, name: string, locale = "en") {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-${locale}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("an editor reviews the proposed aliases: Kursk joins Koursk, a surname is rejected", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();
  const queue = page.getByTestId("proposed-alias");
  await expect(queue).toHaveCount(4);
  await expect(queue.filter({ hasText: "Kursk → Koursk" })).toContainText("Kursk → Koursk: same after ou→u");
  await expect(queue.filter({ hasText: "Soudja → Sudzha" })).toContainText("same after dj/zh→j, ou→u");
  await expect(queue.filter({ hasText: "Poutine → Vladimir Poutine" })).toContainText("“Poutine” is part of “Vladimir Poutine”");
  await shot(page, "entities-list");

  // From the keyboard: focus the button that says what it confirms, press Enter (again if the
  // first press landed before hydration; confirming twice changes nothing).
  const confirm = page.getByRole("button", { name: "Confirm “Kursk” as a spelling of Koursk" });
  await expect(async () => {
    if (await confirm.isEnabled().catch(() => false)) {
      await confirm.focus();
      await page.keyboard.press("Enter");
    }
    await expect(queue).toHaveCount(3, { timeout: 10_000 });
  }).toPass({ timeout: 120_000 });

  await page.getByRole("button", { name: "Reject “Poutine” as a spelling of Vladimir Poutine" }).click();
  await expect(page.getByText(/“Poutine” will not be proposed for Vladimir Poutine again; 1 claim that only said “Poutine” unlinked\./)).toBeVisible();
  await expect(queue).toHaveCount(2);

  // Search knows every spelling: the confirmed one, and keys shared before anyone confirms.
  for (const q of ["Kursk", "kours", "SOUDJA"]) {
    await page.goto(`${LIST}?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId("entity-row")).toHaveCount(1);
  }
  await page.goto(`${LIST}?q=Kursk`);
  await expect(page.getByTestId("entity-row")).toContainText("Also: Kursk");
});

test("on an entity's page an editor adds a spelling, unlinks and relinks a claim", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await openEntity(page, "Koursk", "Kursk");
  const confirmed = page.getByTestId("aliases-confirmed");
  await expect(confirmed).toContainText("Kursk");
  await expect(confirmed).toContainText("same after ou→u");
  await expect(confirmed).toContainText(demo.editor.name);
  const claims = page.getByTestId("entity-claims").getByRole("listitem");
  await expect(claims).toHaveCount(2);
  await expect(page.getByTestId("entity-claims").getByRole("link", { name: /s’est rendu à Kursk/ })).toHaveAttribute(
    "href",
    new RegExp(`^/w/${SLUG}/articles/[0-9a-f-]{36}\\?claim=[0-9a-f-]{36}$`),
  );

  await page.getByLabel("Spelling", { exact: true }).fill("Курск");
  await page.getByLabel("Language").fill("ru");
  await page.getByRole("button", { name: "Add spelling" }).click();
  await expect(page.getByText("“Курск” added.")).toBeVisible();
  await expect(confirmed).toContainText("Курск");
  await expect(confirmed).toContainText("language: ru");
  await expect(page.getByTestId("entity-keys")).toHaveText("kursk");

  await claims.filter({ hasText: "s’est rendu à Kursk" }).getByRole("button", { name: "Unlink this claim from Koursk" }).click();
  await expect(page.getByText("Claim unlinked.")).toBeVisible();
  await expect(claims).toHaveCount(1);

  // The link dialog offers the claim again: it says "Kursk", a spelling of Koursk.
  const dialog = await openDialog(page, "Link a claim", { name: "Link a claim to Koursk" });
  await expect(dialog.getByText("1 claim found.")).toBeVisible();
  await dialog.getByRole("button", { name: /^Link this claim: .*s’est rendu à Kursk/ }).click();
  await expect(page.getByText("Claim linked.")).toBeVisible();
  await expect(dialog.getByText("No claim found.")).toBeVisible();
  await dialog.getByRole("button", { name: "Close", exact: true }).first().click();
  await expect(claims).toHaveCount(2);
  await shot(page, "entity-detail");
});

test("a duplicate is refused; a merge and a split move spellings and claims", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  const create = await openDialog(page, "New entity", { name: "New entity" });
  await create.getByLabel("Name").fill("Sudja");
  await create.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: "Place" }).click();
  await create.getByRole("button", { name: "Add entity" }).click();
  await expect(create.getByText("“Sudzha” is already in the registry, under that name or a spelling of it.")).toBeVisible();

  await create.getByLabel("Name").fill("Soujda");
  await create.getByLabel("Description").fill("Ville de l’oblast de Koursk, à 10\u00a0km de la frontière");
  await create.getByRole("button", { name: "Add entity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Soujda" })).toBeVisible();

  const merge = await openDialog(page, "Merge…", { name: "Merge Soujda with another entity" });
  await merge.getByLabel("Find the other entity").fill("Sudzha");
  await merge.getByRole("radio", { name: /Sudzha/ }).check();
  await merge.getByRole("radio", { name: "“Sudzha”" }).check();
  await merge.getByRole("button", { name: "Merge…" }).click();
  const sure = page.getByRole("alertdialog", { name: "Merge “Soujda” into “Sudzha”?" });
  await expect(sure).toContainText("Claims linked to “Soujda” are linked to “Sudzha”.");
  await sure.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sudzha" })).toBeVisible();
  await expect(page.getByText("Ville de l’oblast de Koursk")).toBeVisible();
  await expect(page.getByTestId("aliases-confirmed")).toContainText("Soujda");
  await expect(page.getByTestId("aliases-confirmed")).toContainText("name of a merged entity");
  await expect(page.getByTestId("entity-claims").getByRole("listitem")).toHaveCount(2);

  const split = await openDialog(page, "Split…", { name: "Split Sudzha" });
  await split.getByRole("checkbox", { name: /Soudja/ }).check();
  await split.getByRole("button", { name: "Split", exact: true }).click();
  await expect(page.getByText(/Soudja created: 1 spelling and 1 claim moved\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Soudja" })).toBeVisible();
  await expect(page.getByTestId("entity-claims").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("entity-claims")).toContainText("La reprise de Soudja");
});

test("a viewer reads the registry and the queue without buttons", async ({ page }) => {
  await signIn(page, demo.viewer.email, demo.viewer.password, LIST);
  await expect(page.getByTestId("proposed-alias").filter({ hasText: "Zelensky → Volodymyr Zelensky" })).toBeVisible();
  for (const name of ["New entity", "Confirm", "Reject"]) await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  await openEntity(page, "Koursk");
  await expect(page.getByText("You can read the registry; editors maintain it.")).toBeVisible();
  for (const name of ["Edit", "Merge…", "Split…", "Delete", "Unlink", "Link a claim", "Add spelling"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await shot(page, "entity-detail-viewer");
});

test("in French, with French typography", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: baseURL! }]);
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await expect(page.getByRole("heading", { level: 1, name: "Entités" })).toBeVisible();
  await expect(page.getByTestId("proposed-alias").filter({ hasText: "Zelensky" })).toContainText(
    "Zelensky → Volodymyr Zelensky\u202f: «\u00a0Zelensky\u00a0» fait partie de «\u00a0Volodymyr Zelensky\u00a0»",
  );
  await expect(page.getByRole("button", { name: "Confirmer «\u00a0Zelensky\u00a0» comme graphie de Volodymyr Zelensky" })).toBeVisible();
  await shot(page, "entities-list", "fr");

  await openEntity(page, "Soudja");
  const sure = await openDialog(page, "Supprimer", { role: "alertdialog", name: "Supprimer «\u00a0Soudja\u00a0»\u202f?" });
  await sure.getByRole("button", { name: "Supprimer l’entité" }).click();
  await expect(page).toHaveURL(new RegExp(`${LIST}$`));
  await page.goto(`${LIST}?q=Soudja`);
  await expect(page.getByTestId("entity-row")).toHaveCount(1);
  await expect(page.getByTestId("entity-row")).toContainText("Sudzha");
});
