import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';

test.describe('about page', () => {
  test('shows backend and Elasticsearch UP', async ({ page }) => {
    await page.goto('/over');

    await expect(page.getByRole('heading', { level: 1, name: 'Over het kennisportaal' })).toBeVisible();
    await expect(page.getByText('Alle onderdelen werken.')).toBeVisible();
    const backend = page.getByTestId('status-backend');
    await expect(backend).toContainText('Beschikbaar');
    await expect(backend).toContainText(/Versie \S+/);
    const elasticsearch = page.getByTestId('status-elasticsearch');
    await expect(elasticsearch).toContainText('Beschikbaar');
    await expect(elasticsearch).toContainText(/Versie 9\.\d+\.\d+/);
    // A single-node cluster may be yellow if an index asks for replicas; either way it answers.
    await expect(elasticsearch).toContainText(/Clusterstatus: (groen|geel)/);
  });

  test('has no WCAG A/AA violations', async ({ page }) => {
    await page.goto('/over');
    await expect(page.getByTestId('status-elasticsearch')).toBeVisible();

    await expectNoAccessibilityViolations(page);
  });
});
