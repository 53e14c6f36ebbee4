import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { logIn, meStatus } from './support/login';

test.describe('logging in', () => {
  test('an organiser logs in, edits the profile and logs out again', async ({ page }) => {
    await logIn(page, 'organiser', 'Olga Organisator');
    expect(await meStatus(page)).toBe(200);

    await page.getByRole('banner').getByRole('link', { name: 'Olga Organisator' }).click();
    await expect(page).toHaveURL(/\/profiel$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Uw gegevens', exact: true });
    await expect(details).toContainText('olga.organisator@demo.kennisportaal.test');
    await expect(details).toContainText('Organisator');

    const organisation = `Kinderopvang Zonnestraal ${Date.now()}`;
    await page.getByLabel('Organisatie').fill(organisation);
    await page.getByLabel('Sector').selectOption({ label: 'Opvang' });
    await page.getByLabel('Regio').selectOption({ label: 'Fryslân' });
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uw profiel is opgeslagen.' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Saved by the backend, not just kept in the page.
    await page.reload();
    await expect(page.getByLabel('Organisatie')).toHaveValue(organisation);
    await expect(page.getByLabel('Sector')).toHaveValue('CHILDCARE');
    await expect(page.getByLabel('Regio')).toHaveValue('FRIESLAND');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download mijn gegevens' }).click();
    const personalData = await download;
    expect(personalData.suggestedFilename()).toBe('kennisportaal-mijn-gegevens.json');
    const exported = JSON.parse(await readFile(await personalData.path(), 'utf8')) as { profile?: { organisation?: string } };
    expect(exported.profile?.organisation).toBe(organisation);

    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();

    // Through the identity provider's end-session endpoint and back to the home page, logged out.
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Olga Organisator')).toHaveCount(0);
    expect(await meStatus(page)).toBe(204);
  });

  test('a visitor of the profile page is asked to log in', async ({ page }) => {
    await page.goto('/profiel');

    await expect(page.getByRole('heading', { level: 2, name: 'Inloggen vereist' })).toBeVisible();
    await expect(page.getByLabel('Organisatie')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('the profile page in English has no accessibility violations, nor has its delete dialog', async ({ page }) => {
    await logIn(page, 'expert', 'Dr. Esther Expert');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Dr. Esther Expert' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Delete account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Are you sure you want to delete your account?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Delete account' })).toBeFocused();
    expect(await meStatus(page)).toBe(200);
  });
});

/** A second browser, with a session of its own, set up like the test's own page. */
function separateBrowser(browser: Browser) {
  const { baseURL, locale } = test.info().project.use;
  return browser.newContext({ ...(baseURL && { baseURL }), ...(locale && { locale }) });
}

test.describe('deleting the account', () => {
  test('a member deletes their account and is back on the home page, logged out', async ({ page }) => {
    await logIn(page, 'member-2', 'Lid 2');
    await page.goto('/profiel');

    await page.getByRole('button', { name: 'Account verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijder mijn account' }).click();

    await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
    await expect(page.getByRole('status').filter({ hasText: 'Uw account en al uw gegevens zijn verwijderd.' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
    expect(await meStatus(page)).toBe(204);
  });
});

test.describe('user administration', () => {
  test('an administrator opens the user administration from the menu and sees the users', async ({ page }) => {
    await logIn(page, 'admin', 'Bram Beheerder');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();

    await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers beheren' })).toBeVisible();
    const table = page.getByRole('table', { name: /Gebruikers met een account/ });
    await expect(table).toBeVisible();
    const bram = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bram Beheerder' }) });
    await expect(bram.getByRole('checkbox', { name: 'Beheerder' })).toBeChecked();
    await expectNoAccessibilityViolations(page);
  });

  test('someone without the administrator role is not allowed in', async ({ page }) => {
    await logIn(page, 'editor', 'Ruud Redacteur');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).toHaveCount(0);

    await page.goto('/beheer/gebruikers');

    await expect(page.getByRole('heading', { level: 2, name: 'Geen toegang' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('a role granted by an administrator takes effect at once', async ({ page, browser }) => {
    // The member logs in once, so the portal has a profile to grant a role on.
    const memberContext = await separateBrowser(browser);
    try {
      await logIn(await memberContext.newPage(), 'member-1', 'Lid 1');
    } finally {
      await memberContext.close();
    }

    await logIn(page, 'admin', 'Bram Beheerder');
    await page.goto('/beheer/gebruikers');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lid 1', exact: true }) });
    await row.getByRole('checkbox', { name: 'Expert' }).check();
    await row.getByRole('button', { name: 'Opslaan: rollen van Lid 1' }).click();
    await expect(row.getByRole('status')).toContainText('De rollen gelden direct.');
    await expect(row).toContainText('Lid, Expert');

    const nextLogin = await separateBrowser(browser);
    try {
      const memberPage = await nextLogin.newPage();
      await logIn(memberPage, 'member-1', 'Lid 1');
      await memberPage.getByRole('banner').getByRole('link', { name: 'Lid 1' }).click();
      await expect(memberPage.getByRole('region', { name: 'Uw gegevens', exact: true })).toContainText('Lid, Expert');
    } finally {
      await nextLogin.close();
    }
  });
});
