// Screenshots of the main pages in both languages and both themes, written to
// test-results/screenshots/ for a person to look at; each also asserts the page is translated.
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

const cases = [
  { locale: "en", scheme: "light", members: "Members", signInTitle: "Sign in to Claimdesk" },
  { locale: "fr", scheme: "dark", members: "Membres", signInTitle: "Connexion à Claimdesk" },
  { locale: "en", scheme: "dark", members: "Members", signInTitle: "Sign in to Claimdesk" },
  { locale: "fr", scheme: "light", members: "Membres", signInTitle: "Connexion à Claimdesk" },
] as const;

for (const c of cases) {
  test(`pages in ${c.locale}, ${c.scheme} theme`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: c.locale, url: baseURL! }]);
    await page.emulateMedia({ colorScheme: c.scheme });
    const shot = (name: string) => page.screenshot({ path: `test-results/screenshots/${name}-${c.locale}-${c.scheme}.png`, fullPage: true });

    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: c.signInTitle })).toBeVisible();
    await shot("signin");

    await signIn(page, demo.owner.email, demo.owner.password);
    await expect(page.getByRole("heading", { name: "Desk démo" })).toBeVisible();
    await shot("workspace-home");

    await page.goto("/w/desk-demo/members");
    await expect(page.getByRole("heading", { name: c.members, exact: true })).toBeVisible();
    await shot("members");
  });
}

test("browser language picks French when no choice was made", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fr-FR", baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Connexion à Claimdesk" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});
