import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { loggedIn } from './support/login';

test.describe('following what matters', () => {
  test('a member shares a collection link that an anonymous visitor opens', async ({ browser }) => {
    test.setTimeout(120_000);
    const name = `Voor de teamvergadering e2e ${Date.now()}`;
    const member = await loggedIn(browser, 'member-51');

    // A demo item from the catalogue: the first result of a search.
    await member.goto('/zoeken?q=ouders&type=PRACTICE_EXAMPLE');
    const first = member.getByRole('main').getByRole('article').first().getByRole('link').first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.click();
    const keep = member.getByRole('region', { name: 'Bewaren in een collectie' });
    await keep.getByLabel('Collectie', { exact: true }).selectOption({ label: 'Nieuwe collectie…' });
    await keep.getByLabel('Naam van de collectie').fill(name);
    await keep.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(keep.getByText(`Toegevoegd aan ${name}.`)).toBeVisible();
    await expectNoAccessibilityViolations(member);

    await keep.getByRole('link', { name: 'Bekijk de collectie' }).click();
    await expect(member.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(member.getByRole('link', { name: title })).toBeVisible();
    await member.getByRole('button', { name: 'Link maken' }).click();
    const link = await member.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toContain('/collecties/');
    await expectNoAccessibilityViolations(member);

    // Someone without an account opens the link: the collection, read-only.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(link);
    await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(visitor.getByRole('link', { name: title })).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Uit collectie halen' })).toHaveCount(0);
    await expectNoAccessibilityViolations(visitor);

    // Once the member stops sharing, the link opens nothing.
    await member.getByRole('button', { name: 'Stoppen met delen' }).click();
    await expect(member.getByRole('button', { name: 'Link maken' })).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByRole('alert')).toBeVisible();
  });

  test('a member saves a search with a weekly digest and sees it among their saved searches', async ({ browser }) => {
    const member = await loggedIn(browser, 'member-52');
    const word = `ouderavond${Date.now()}`;
    await member.goto(`/zoeken?q=${word}&sector=CHILDCARE`);
    const save = member.getByRole('region', { name: 'Zoekopdracht bewaren' });
    await save.getByRole('radio', { name: 'Wekelijks' }).check();
    await save.getByRole('button', { name: 'Zoekopdracht bewaren' }).click();
    await expect(save.getByText('Zoekopdracht bewaard.')).toBeVisible();
    await expectNoAccessibilityViolations(member);

    await save.getByRole('link', { name: 'Bekijk uw zoekopdrachten' }).click();
    const label = `“${word}” · Opvang`;
    await expect(member.getByRole('link', { name: label })).toBeVisible();
    await expect(member.getByLabel(`E-mail voor ${label}`)).toHaveValue('WEEKLY');
    await expectNoAccessibilityViolations(member);
    await member.getByRole('button', { name: `Verwijder zoekopdracht ${label}` }).click();
    await expect(member.getByRole('link', { name: label })).toHaveCount(0);
  });
});
