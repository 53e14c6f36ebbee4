import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';

test.describe('home page', () => {
  test('opens in Dutch and switches to English, remembered after a reload', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welkom bij het Kennisportaal Ouderbetrokkenheid' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Maatschappelijk partnerschap' })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to the knowledge portal on parental involvement' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to the knowledge portal on parental involvement' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('has no WCAG A/AA violations in Dutch or English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAccessibilityViolations(page);
  });

  test('skip link is the first thing a keyboard user reaches and jumps to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
