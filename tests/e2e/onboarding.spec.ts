import { expect, test } from "@playwright/test";
import { freshUser, signUp } from "./fixtures";

test("sign up → create workspace → invite a second user by link → invitee joins with the invited role", async ({ page, browser }) => {
  const owner = freshUser("owner");
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/workspaces\/new/);

  await page.getByLabel("Name", { exact: true }).fill("Desk Vérification");
  await expect(page.getByLabel("URL name")).toHaveValue("desk-verification");
  const slug = `desk-${Date.now().toString(36)}`;
  await page.getByLabel("URL name").fill(slug);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByRole("heading", { name: "Desk Vérification" })).toBeVisible();
  await expect(page.getByText("No articles yet")).toBeVisible();

  await page.getByRole("link", { name: "Members" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/members$`));
  await expect(page.getByLabel("Role", { exact: true })).toContainText("Editor");
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const who = freshUser("invitee");
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Desk Vérification" })).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account to accept" }).click();
  await signUp(invitee, who, new URL(link).pathname);
  await expect(invitee).toHaveURL(/\/invite\//);
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(invitee.getByText("Editor", { exact: true }).first()).toBeVisible();

  // The link is single-use.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: /already (used|a member)|Join/ })).toBeVisible();
  await inviteeContext.close();

  await page.reload();
  await expect(page.getByTestId(`member-${who.email}`)).toContainText("Editor");
});

test("sign-up form shows field errors: weak password, duplicate email", async ({ page }) => {
  const user = freshUser("weak");
  await signUp(page, { ...user, password: "short" });
  await expect(page.getByText("The password must be at least 10 characters long.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  await signUp(page, { ...user, email: "owner@claimdesk.demo" });
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
});
