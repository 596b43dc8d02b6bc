// The claims table end to end: 55 claims on corpus article 004 are written straight into the e2e
// database (making them through the workbench is its own spec's job), all tagged with this run's
// tag. An editor narrows the table to them, pages forward and back, filters by verdict, assigns
// a page's claims to herself in one go and finds them under "Assigned to me"; a verdict that
// needs evidence is refused, per claim and with the reason, where it is missing; a viewer reads
// without the bulk bar. Screenshots, light and dark, go to test-results/screenshots/. The claims
// are deleted at the end.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { demo, signIn } from "./fixtures";

const LIST = "/w/desk-demo/claims";
const TAG = `e2e-${Date.now().toString(36)}`;
const COUNT = 55;
const DISPUTED = 7;
/** The e2e server's embedded Postgres (playwright.config.ts: CLAIMDESK_DATA_DIR=.data/e2e). */
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const CORPUS = path.resolve(process.cwd(), "..", "shared", "corpus", "004_725524dbbbc85542.txt");

test.describe.configure({ mode: "serial" });

function client(): pg.Client {
  const port = Number(readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]);
  return new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "claimdesk" });
}

let articleId = "";

test.beforeAll(async () => {
  const text = readFileSync(CORPUS, "utf8").normalize("NFC");
  const sentences = [...text.matchAll(/[^.\n]{40,}?[.!?]/g)].map((m) => ({ exact: m[0].trim(), start: m.index + m[0].indexOf(m[0].trim()) }));
  const db = client();
  await db.connect();
  try {
    const ws = (await db.query(`SELECT id FROM "Workspace" WHERE slug = 'desk-demo'`)).rows[0].id as string;
    const verdict = Object.fromEntries((await db.query(`SELECT id, key FROM "Verdict" WHERE "workspaceId" = $1`, [ws])).rows.map((r) => [r.key, r.id]));
    articleId = randomUUID();
    const doc = { type: "doc", content: text.split(/\n+/).filter((p) => p.trim()).map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) };
    const hash = randomUUID().replaceAll("-", "").padEnd(64, "0");
    await db.query(`INSERT INTO "Article" (id, "workspaceId", title, outlet, "contentHash", language, "updatedAt") VALUES ($1, $2, $3, 'Sputnik Afrique', $4, 'fr', now())`, [
      articleId,
      ws,
      `Poutine à Koursk (${TAG})`,
      hash,
    ]);
    await db.query(`INSERT INTO "ArticleVersion" (id, "articleId", version, original, "originalType", text, doc, removed, restored, "contentHash") VALUES ($1, $2, 1, $3, 'text', $4, $5, '[]', '{}', $6)`, [
      randomUUID(),
      articleId,
      Buffer.from(text),
      text,
      JSON.stringify(doc),
      hash,
    ]);
    for (let i = 0; i < COUNT; i++) {
      const s = sentences[i % sentences.length]!;
      // One hour apart, newest first: the default order is predictable.
      const at = new Date(Date.UTC(2026, 2, 12, 12) - i * 3_600_000);
      const id = randomUUID();
      await db.query(
        `INSERT INTO "Claim" (id, "workspaceId", "articleId", quote, statement, "verdictId", tags, "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
        [id, ws, articleId, s.exact, `Affirmation n° ${i + 1} : ${s.exact.slice(0, 60)}`, i < DISPUTED ? verdict.disputed : verdict.unverified, [TAG], at],
      );
      await db.query(`INSERT INTO "ClaimAnchor" ("claimId", version, start, "end") VALUES ($1, 1, $2, $3)`, [id, s.start, s.start + s.exact.length]);
    }
  } finally {
    await db.end();
  }
});

test.afterAll(async () => {
  const db = client();
  await db.connect();
  try {
    await db.query(`DELETE FROM "Article" WHERE id = $1`, [articleId]); // claims cascade
  } finally {
    await db.end();
  }
});

async function shot(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-en-${scheme}.png`, fullPage: false });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const rows = (page: Page) => page.getByTestId("claim-row");

/** Opens a Radix menu or select with `trigger` (repeating a click made before hydration) and picks `item`. */
async function choose(page: Page, trigger: ReturnType<Page["getByRole"]>, item: ReturnType<Page["getByRole"]>) {
  await expect(async () => {
    if (!(await item.isVisible())) await trigger.click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await item.click();
}

test("an editor filters the claims table, pages through it and assigns a page of claims at once", async ({ page }) => {
  await signIn(page, demo.editor.email, demo.editor.password, LIST);
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();

  // The tag filter sits under "More filters"; text fields apply on Search.
  await expect(async () => {
    await page.getByRole("button", { name: /^More filters/ }).click();
    await expect(page.getByLabel("Tag", { exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByLabel("Tag", { exact: true }).fill(TAG);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`tag=${TAG}`));
  await expect(page.getByText(`${COUNT} claims match these filters`)).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText("Affirmation n° 1 :");
  await shot(page, "claims-table");

  // Keyset pages: forward to the last 5, back to the first 50.
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(rows(page)).toHaveCount(COUNT - 50);
  await expect(rows(page).first()).toContainText("Affirmation n° 51 :");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous" }).click();
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText("Affirmation n° 1 :");

  // Verdict filter (a menu of checkboxes): only the disputed ones.
  await choose(page, page.getByRole("button", { name: /^Verdict/ }), page.getByRole("menuitemcheckbox", { name: "Disputed" }));
  await page.keyboard.press("Escape");
  await expect(rows(page)).toHaveCount(DISPUTED);
  await expect(page.getByText(`${DISPUTED} claims match these filters`)).toBeVisible();

  // Select the page, assign to me.
  await page.getByRole("checkbox", { name: `Select the ${DISPUTED} claims on this page` }).check();
  await expect(page.getByTestId("bulk-bar")).toContainText(`${DISPUTED} claims selected`);
  await choose(page, page.getByTestId("bulk-bar").getByRole("button", { name: "Assign" }), page.getByRole("menuitem", { name: "Me", exact: true }));
  await expect(page.getByText(`${DISPUTED} claims reassigned.`)).toBeVisible();
  for (const row of await rows(page).all()) await expect(row).toContainText("(you)");

  // "Assigned to me" finds exactly them, whatever their verdict.
  await choose(page, page.getByLabel("Assignee", { exact: true }), page.getByRole("option", { name: "Assigned to me" }));
  await expect(page).toHaveURL(/assignee=me/);
  await choose(page, page.getByRole("button", { name: /^Verdict/ }), page.getByRole("menuitem", { name: "All verdicts" }));
  await expect(page).not.toHaveURL(/verdict=/);
  await expect(rows(page)).toHaveCount(DISPUTED);

  // "Verified" needs a rationale and evidence, which these claims lack: each one says so.
  await page.getByRole("checkbox", { name: `Select the ${DISPUTED} claims on this page` }).check();
  await choose(page, page.getByTestId("bulk-bar").getByRole("button", { name: "Set verdict" }), page.getByRole("menuitem", { name: /^Verified/ }));
  await expect(page.getByText(`No verdict changed. ${DISPUTED} skipped.`)).toBeVisible();
  await expect(page.getByTestId("skip-reason")).toHaveCount(DISPUTED);
  await expect(page.getByTestId("skip-reason").first()).toHaveText("Skipped: needs a rationale");
  await shot(page, "claims-table-skipped");

  // "In progress" needs nothing: all of them change.
  await choose(page, page.getByTestId("bulk-bar").getByRole("button", { name: "Set verdict" }), page.getByRole("menuitem", { name: /^In progress/ }));
  await expect(page.getByText(`Verdict set on ${DISPUTED} claims.`)).toBeVisible();
  await expect(page.getByTestId("skip-reason")).toHaveCount(0);
  await expect(rows(page).locator('[data-slot="verdict-badge"]', { hasText: "In progress" })).toHaveCount(DISPUTED);
});

test("a viewer reads the claims table without bulk actions", async ({ page }) => {
  await signIn(page, demo.viewer.email, demo.viewer.password, `${LIST}?tag=${TAG}`);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByTestId("bulk-bar")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  // The quote links to the claim in its article.
  await expect(rows(page).first().getByRole("link").first()).toHaveAttribute("href", new RegExp(`/w/desk-demo/articles/${articleId}\\?claim=`));
});
