// Shared steps for the end-to-end specs: signing in through the real form, fresh identities.
import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "@/lib/seed/demo-users";

export const demo = Object.fromEntries(DEMO_USERS.map((u) => [u.role, u])) as Record<"owner" | "admin" | "editor" | "viewer", (typeof DEMO_USERS)[number]>;

export async function signIn(page: Page, email: string, password: string, callbackUrl = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(/^(Email|Adresse e-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

let counter = 0;
export function freshUser(prefix = "user") {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return { name: `${prefix} ${id}`, email: `${prefix}-${id}@e2e.claimdesk`, password: `e2e-pass-${id}!` };
}
