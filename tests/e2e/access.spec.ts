import { expect, test } from "@playwright/test";
import { demo, freshUser, signIn, signUp } from "./fixtures";

test("signed-out visitors are sent to sign-in and come back afterwards", async ({ page }) => {
  await page.goto("/w/desk-demo/members");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fw%2Fdesk-demo%2Fmembers/);
  await page.getByLabel("Email").fill(demo.editor.email);
  await page.getByLabel("Password").fill(demo.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/desk-demo\/members$/);
});

test("wrong password gives a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demo.viewer.email);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

for (const role of ["owner", "admin", "editor", "viewer"] as const) {
  test(`demo ${role} signs in and sees what the role may do`, async ({ page }) => {
    await signIn(page, demo[role].email, demo[role].password);
    await expect(page).toHaveURL(/\/w\/desk-demo$/);
    await expect(page.getByRole("heading", { name: "Desk démo" })).toBeVisible();
    await page.goto("/w/desk-demo/members");
    const manages = role === "owner" || role === "admin";
    await expect(page.getByRole("button", { name: "Create link" })).toHaveCount(manages ? 1 : 0);
    await expect(page.getByRole("combobox", { name: /^Role of/ })).toHaveCount(manages ? (role === "owner" ? 4 : 3) : 0);
    await expect(page.getByText("Camille Dubois")).toBeVisible();
    await page.goto("/w/desk-demo/settings");
    await expect(page.getByRole("heading", { name: "Activity" })).toHaveCount(manages ? 1 : 0);
    await expect(page.getByRole("button", { name: "Delete this workspace" })).toHaveCount(role === "owner" ? 1 : 0);
  });
}

test("a user of workspace A gets a 404 for workspace B's URLs", async ({ page }) => {
  const outsider = freshUser("outsider");
  await signUp(page, outsider);
  await expect(page).toHaveURL(/\/workspaces\/new/);
  for (const path of ["/w/desk-demo", "/w/desk-demo/members", "/w/desk-demo/settings", "/w/does-not-exist", "/w/%2e%2e%2fetc"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("bad invitation links get a clear page", async ({ page }) => {
  const res = await page.goto("/invite/not-a-real-token");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
});

test("the health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true } });
});

test("a revoked invitation link shows why it no longer works", async ({ page, browser }) => {
  await signIn(page, demo.admin.email, demo.admin.password, "/w/desk-demo/members");
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  await page.reload();
  await page.getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByText("Invitation revoked.").first()).toBeVisible();

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { name: "Invitation revoked" })).toBeVisible();
  await context.close();
});
