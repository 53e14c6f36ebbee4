import { expect, type Browser, type Page } from '@playwright/test';

/** Every demo account of the local identity provider shares this password (infra/identity-provider/README.md). */
export const DEMO_PASSWORD = 'ouders-samen';

/**
 * Logs in the way a person does: the app's login button, the identity provider's Dutch login page, back on the home
 * page with the person's name in the header.
 */
export async function logIn(page: Page, username: string, displayName: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).click();

  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
  await expect(page.getByRole('banner').getByRole('link', { name: displayName })).toBeVisible();
}

/** The status `GET /api/me` answers for the page's session: 200 when logged in, 204 (nobody) when not. */
export async function meStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/api/me', { credentials: 'include' })).status);
}

/** Logs in through the identity provider's own login page, in a fresh browser context, for journeys with several people. */
export async function loggedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/oauth2/authorization/kennisportaal');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && !url.pathname.startsWith('/oauth2'));
  return page;
}
