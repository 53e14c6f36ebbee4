import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { logIn } from './support/login';

// Journeys through the catalogue against the real stack with its demo content (backend/src/main/resources/demo):
// they rely only on what that file guarantees, such as items about "kinderen" and "kind" in every sector, and read
// counts from the page rather than knowing them.

function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Waar bent u naar op zoek?' });
}

/** The results line, e.g. "141 resultaten voor “kinderen”". */
function resultsSummary(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^\d+ resultaten?( voor “.*”)?$/ });
}

/** "Onderwijs (84)" → 84. */
async function countIn(label: Locator): Promise<number> {
  const match = /\((\d+)\)/.exec((await label.textContent()) ?? '');
  if (!match) throw new Error(`No count in "${await label.textContent()}"`);
  return Number(match[1]);
}

function resultsText(count: number, q?: string): string {
  const results = count === 1 ? '1 resultaat' : `${count} resultaten`;
  return q ? `${results} voor “${q}”` : results;
}

test.describe('catalogue', () => {
  test('a stemmed search narrowed by a sector lives in the URL, and Back restores it', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill('kinderen');
    await searchBox(page).press('Enter');

    await expect(page).toHaveURL(/\/zoeken\?q=kinderen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
    const summary = resultsSummary(page);
    await expect(summary).toHaveText(/^\d+ resultaten voor “kinderen”$/);
    const allResults = (await summary.textContent()) ?? '';
    // Stemming: "kind" counts as a match for "kinderen", and the server's <mark> highlights render as marks.
    await expect(page.locator('main article mark').filter({ hasText: /^kind$/i }).first()).toBeVisible();

    const education = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /^Onderwijs \(\d+\)$/ });
    const educationCount = await countIn(page.locator(`label[for="${await education.getAttribute('id')}"]`));
    await education.check();

    await expect(page).toHaveURL(/\/zoeken\?q=kinderen&sector=EDUCATION$/);
    await expect(summary).toHaveText(resultsText(educationCount, 'kinderen'));
    await expect(education).toBeChecked();
    await expect(searchBox(page)).toHaveValue('kinderen');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('combobox', { name: 'Sorteren op' }).selectOption('newest');
    await expect(page).toHaveURL(/\/zoeken\?q=kinderen&sector=EDUCATION&sort=newest$/);

    await page.goBack();
    await expect(page).toHaveURL(/\/zoeken\?q=kinderen&sector=EDUCATION$/);
    await expect(page.getByRole('combobox', { name: 'Sorteren op' })).toHaveValue('relevance');

    await page.goBack();
    await expect(page).toHaveURL(/\/zoeken\?q=kinderen$/);
    await expect(education).not.toBeChecked();
    await expect(summary).toHaveText(allResults);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('group', { name: 'Sector' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a cell of the model opens the results for its partnership and aspect', async ({ page }) => {
    await page.goto('/');
    const model = page.getByRole('table', { name: /^Vijf partnerschappen en zes aspecten/ });
    await expect(model.getByRole('columnheader')).toHaveCount(5);
    await expect(model.getByRole('rowheader')).toHaveCount(6);
    await expectNoAccessibilityViolations(page);

    const cell = model.getByRole('link').filter({ hasText: /\d+ items?$/ }).first();
    const count = Number(/(\d+) items?$/.exec((await cell.textContent()) ?? '')?.[1]);
    await cell.click();

    await expect(page).toHaveURL(/\/zoeken\?partnership=[A-Z]+&aspect=[A-Z]+$/);
    await expect(resultsSummary(page)).toHaveText(resultsText(count));
    await expect(page.getByRole('group', { name: 'Partnerschap' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(page.getByRole('group', { name: 'Aspect' }).getByRole('checkbox', { checked: true })).toHaveCount(1);

    // Within one sector the links carry the sector too.
    await page.goBack();
    await page.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Sport' });
    await expect(model).toHaveAccessibleName(/in de sector Sport$/);
    const sportCell = model.getByRole('link').filter({ hasText: /\d+ items?$/ }).first();
    await expect(sportCell).toHaveAttribute('href', /&sector=SPORT$/);
    const sportCount = Number(/(\d+) items?$/.exec((await sportCell.textContent()) ?? '')?.[1]);
    await sportCell.click();
    await expect(page).toHaveURL(/\/zoeken\?partnership=[A-Z]+&aspect=[A-Z]+&sector=SPORT$/);
    await expect(resultsSummary(page)).toHaveText(resultsText(sportCount));
  });

  test('the search box suggests items while typing and opens one with the keyboard', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).pressSequentially('ouder', { delay: 50 });

    const suggestions = page.getByRole('listbox', { name: 'Suggesties' });
    await expect(suggestions.getByRole('option').first()).toBeVisible();
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
    const title = (await suggestions.getByRole('option').first().locator('span').first().textContent()) ?? '';

    await searchBox(page).press('ArrowDown');
    await expect(suggestions.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await searchBox(page).press('Enter');

    await expect(page).toHaveURL(/\/items\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Every demo item is marked as such.
    await expect(page.getByRole('article', { name: title }).getByText('Demo (verzonnen voorbeeldinhoud)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gerelateerde items' }).getByRole('article').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('an editor changes the title of an item and sees it on the item page', async ({ page }) => {
    await logIn(page, 'editor', 'Ruud Redacteur');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Redactie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Redactie' })).toBeVisible();

    await page.goto('/zoeken?q=koffieochtend');
    await page.locator('main article h3 a').first().click();
    await expect(page).toHaveURL(/\/items\/[a-z0-9-]+$/);
    const itemUrl = page.url();
    await page.getByRole('link', { name: 'Dit item bewerken' }).click();

    await expect(page).toHaveURL(/\/redactie\/items\/[\w-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Bewerken: / })).toBeVisible();
    const titleField = page.getByRole('textbox', { name: 'Titel (verplicht)' });
    // Repeated runs against one portal keep one suffix, not a growing tail of them.
    const original = (await titleField.inputValue()).replace(/ – bewerkt \d+$/, '');
    const changed = `${original} – bewerkt ${Date.now()}`;
    await titleField.fill(changed);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `Bewerken: ${changed}` })).toBeVisible();

    await page.getByRole('link', { name: 'Bekijk het item' }).click();
    await expect(page).toHaveURL(itemUrl);
    await expect(page.getByRole('heading', { level: 1, name: changed })).toBeVisible();

    // Saved by the backend, not just kept in the page.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: changed })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('an editor imports a file, sees the rejected line, and the editorial pages pass axe', async ({ page }) => {
    await logIn(page, 'editor', 'Ruud Redacteur');
    await page.goto('/redactie/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Items importeren' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Keyed by external id: a second run updates nothing and creates nothing.
    const good = {
      externalId: 'e2e-catalogue-import-1',
      type: 'TOOL',
      title: 'Gespreksplaat voor de eerste kennismaking (e2e)',
      summary: 'Een plaat met vragen voor het eerste gesprek met ouders.',
      partnerships: ['INFORMAL'],
      sectors: ['CHILDCARE'],
      region: 'NATIONAL',
      demo: true,
    };
    const bad = { ...good, externalId: 'e2e-catalogue-import-2', sectors: ['NOWHERE'] };
    await page.getByLabel('Bestand').setInputFiles({
      name: 'items.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();

    const result = page.getByRole('region', { name: 'Resultaat van de import' });
    await expect(result).toContainText(/Nieuw\s*[01]/);
    await expect(result).toContainText(/Afgewezen regels\s*1/);
    await expect(result.getByRole('row').filter({ hasText: 'sectors' })).toContainText(/^2\s*sectors/);
    await expectNoAccessibilityViolations(page);

    await page.goto('/redactie/zoekwoorden');
    await expect(page.getByRole('textbox', { name: 'Synoniemgroepen, één groep per regel' })).not.toHaveValue('');
    await expectNoAccessibilityViolations(page);

    await page.goto('/redactie/items/nieuw');
    await expect(page.getByRole('textbox', { name: 'Titel (verplicht)' })).toBeVisible();
    // (A refused save is a unit test: Chromium logs the 400 as a console error, which these journeys forbid.)
    await expectNoAccessibilityViolations(page);
  });

  test('the editor screens ask a visitor to log in, without accessibility violations', async ({ page }) => {
    await page.goto('/redactie/items/nieuw');

    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw item' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Inloggen' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Titel (verplicht)' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});
