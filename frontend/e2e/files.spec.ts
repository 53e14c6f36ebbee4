import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { logIn } from './support/login';
import { pdf } from './support/pdf';

test.describe('files in the catalogue', () => {
  test('a publication is found by a word inside its PDF, and its page offers the file', async ({ page }) => {
    await page.goto('/zoeken?q=leesestafette');

    const result = page.locator('main article').first();
    await expect(result.getByRole('list', { name: 'Uit een bijlage' })).toContainText('leesestafette');
    await expectNoAccessibilityViolations(page);

    await result.locator('h3 a').click();
    const files = page.getByRole('region', { name: 'Bestanden' });
    const download = files.getByRole('link', { name: /Voorlezen thuis - de leesestafette\.pdf downloaden/ });
    await expect(download).toBeVisible();
    await expect(files).toContainText('PDF');
    const response = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
    await expectNoAccessibilityViolations(page);
  });

  test.describe(() => {
    // The refused upload is a 400, which the browser logs.
    test.use({ expectedConsoleErrors: [/status of 400 .*\/api\/items\/[^/]+\/files\)$/] });

    test('an editor attaches a PDF with the keyboard, is told why another file is refused, and removes it again', async ({ page }) => {
      await logIn(page, 'editor', 'Ruud Redacteur');
      await page.goto('/zoeken?q=koffieochtend');
      await page.locator('main article h3 a').first().click();
      await page.getByRole('link', { name: 'Dit item bewerken' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /^Bewerken: / })).toBeVisible();

      const word = `kwz${Date.now().toString(36).replace(/\d/g, '')}`;
      const chooser = page.getByLabel('Bestand toevoegen');
      await chooser.setInputFiles({ name: 'Verslag ouderavond.pdf', mimeType: 'application/pdf', buffer: pdf(`Verslag over de ${word}`) });
      await page.getByRole('button', { name: 'Uploaden' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Verslag ouderavond.pdf is toegevoegd.' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Verslag ouderavond.pdf downloaden' })).toBeVisible();
      await expectNoAccessibilityViolations(page);

      await chooser.setInputFiles({ name: 'pagina.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>geen pdf</body></html>') });
      await page.getByRole('button', { name: 'Uploaden' }).click();
      await expect(page.getByRole('alert')).toContainText('Dit soort bestand kan hier niet');
      await expectNoAccessibilityViolations(page);

      // Saving the form afterwards saves over the version the upload answered with.
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();

      await page.getByRole('button', { name: 'Verslag ouderavond.pdf verwijderen' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Verslag ouderavond.pdf is verwijderd.' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Verslag ouderavond.pdf downloaden' })).toHaveCount(0);
    });
  });
});
