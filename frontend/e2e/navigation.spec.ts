import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';

test.describe('navigation', () => {
  test('the menu leads to search and to events, in both languages', async ({ page }) => {
    await page.goto('/');
    const mainMenu = page.getByRole('navigation', { name: 'Hoofdmenu' });

    await mainMenu.getByRole('link', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\/zoeken$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Waar bent u naar op zoek?' })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Events' }).click();
    await expect(page).toHaveURL(/\/bijeenkomsten$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show events' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/deze-pagina-bestaat-niet');

    await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij het Kennisportaal Ouderbetrokkenheid' })).toBeVisible();
  });
});
