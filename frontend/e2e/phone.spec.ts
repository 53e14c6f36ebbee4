import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';

// A common small phone: 375 x 667 CSS pixels, touch, the mobile layout.
test.use({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

test.describe('on a phone', () => {
  test('the search box and the first result show without scrolling', async ({ page }) => {
    await page.goto('/zoeken?q=ouders');

    await expect(page.getByRole('combobox', { name: 'Waar bent u naar op zoek?' })).toBeInViewport({ ratio: 1 });
    const firstResult = page.locator('main article').first();
    await expect(firstResult.getByRole('heading')).toBeInViewport({ ratio: 1 });
    // The menu waits behind its button.
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expectNoAccessibilityViolations(page);
  });

  test('the menu opens and closes by keyboard and leads to a page', async ({ page }) => {
    await page.goto('/');
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menuButton).toBeFocused();

    await page.keyboard.press('Space');
    await menu.getByRole('link', { name: 'Bijeenkomsten' }).click();
    await expect(page).toHaveURL(/\/bijeenkomsten$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
    await expect(menu).toBeHidden();
  });
});
