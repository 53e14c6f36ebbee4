import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { loggedIn } from './support/login';
import { expectMail } from './support/mailbox';

test.describe('articles', () => {
  test('an expert writes, an editor asks for changes, the expert revises, the editor publishes, a visitor finds it', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    // A word only this run's article contains, next to "kinderen" which the visitor finds as "kind".
    const marker = `zq${Date.now().toString(36)}`;
    const title = `Samen aan tafel ${marker}`;

    // The editor has logged in before, so the portal knows whom to tell about submissions.
    const editor = await loggedIn(browser, 'editor');

    const expert = await loggedIn(browser, 'expert');
    await expert.goto('/mijn-artikelen');
    await expect(expert.getByRole('heading', { level: 1, name: 'Mijn artikelen' })).toBeVisible();
    await expect(expert.getByRole('heading', { name: /^Gepubliceerd \(\d+\)$/ })).toBeVisible();
    await expectNoAccessibilityViolations(expert);
    await expert.getByRole('link', { name: 'Nieuw artikel schrijven' }).click();
    await expert.getByLabel(/^Titel/).fill(title);
    await expert.getByLabel(/^Samenvatting/).fill('Hoe een school ouders en kinderen samen aan tafel krijgt (e2e-test).');
    await expert
      .getByLabel(/^Tekst/)
      .fill(`## Aanpak\n\nDe kinderen koken, de ouders schuiven aan. ${marker}\n\n- eerst koken\n- dan praten`);
    await expect(expert.getByTestId('article-preview').getByRole('heading', { name: 'Aanpak' })).toBeVisible();
    await expert.getByRole('group', { name: /^Partnerschappen/ }).getByLabel('Informeel partnerschap').check();
    await expert.getByRole('group', { name: /^Sectoren/ }).getByLabel('Onderwijs').check();
    await expectNoAccessibilityViolations(expert);
    await expert.getByRole('button', { name: 'Opslaan' }).click();
    await expect(expert.getByText('Het concept is opgeslagen.')).toBeVisible();
    await expert.getByRole('button', { name: 'Indienen bij de redactie' }).click();
    await expect(expert.getByText('Ingediend. De redactie krijgt bericht.')).toBeVisible();
    await expectMail(browser, `Nieuw artikel ter beoordeling: ${title}`);

    await editor.goto('/redactie/artikelen');
    await expectNoAccessibilityViolations(editor);
    await editor.getByRole('link', { name: `Beoordelen: ${title}` }).click();
    await expect(editor.getByText('Dit is de eerste indiening: alles is nieuw.', { exact: false })).toBeVisible();
    await editor.getByRole('textbox', { name: 'Opmerking voor de auteur' }).fill('Graag een voorbeeld van een gesprek.');
    await editor.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    await expect(editor.getByText('Gedaan: het artikel is nu Wijzigingen gevraagd.')).toBeVisible();
    await expectMail(browser, `Graag wijzigingen in je artikel: ${title}`);

    await expert.goto('/mijn-artikelen');
    await expect(expert.getByText('Opmerking van de redactie: Graag een voorbeeld van een gesprek.')).toBeVisible();
    await expert.getByRole('link', { name: title }).click();
    const body = expert.getByLabel(/^Tekst/);
    await body.fill(`${await body.inputValue()}\n\nEen vader vertelde over zijn werk.`);
    await expert.getByRole('button', { name: 'Indienen bij de redactie' }).click();
    await expect(expert.getByText('Ingediend. De redactie krijgt bericht.')).toBeVisible();
    await expect(expert.getByRole('heading', { name: 'Verloop' })).toBeVisible();
    await expectNoAccessibilityViolations(expert);

    await editor.goto('/redactie/artikelen');
    await editor.getByRole('link', { name: `Beoordelen: ${title}` }).click();
    await expect(editor.getByText('Van versie 1 naar versie 2.', { exact: false })).toBeVisible();
    await expect(editor.getByTestId('article-diff').locator('ins', { hasText: 'Een vader vertelde over zijn werk.' })).toBeVisible();
    await expectNoAccessibilityViolations(editor);
    await editor.getByRole('button', { name: 'Publiceren' }).click();
    await expect(editor.getByText('Gedaan: het artikel is nu Gepubliceerd.')).toBeVisible();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/zoeken?q=${encodeURIComponent(`kind ${marker}`)}`);
    await visitor.getByRole('link', { name: title }).click();
    await expect(visitor).toHaveURL(/\/artikelen\//);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
    await visitor.getByTestId('article-author').click();
    await expect(visitor.getByRole('heading', { level: 1, name: 'Dr. Esther Expert' })).toBeVisible();
    await expect(visitor.getByRole('link', { name: title })).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
  });

  test('the experts directory filters by sector and opens a profile, in Dutch and English', async ({ page }) => {
    await page.goto('/experts');
    await expect(page.getByRole('heading', { level: 1, name: 'Experts' })).toBeVisible();
    await page.getByRole('checkbox', { name: /Sport/ }).check();
    await expect(page).toHaveURL(/sector=SPORT/);
    await expect(page.getByRole('link', { name: 'Karim El Idrissi' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Marloes de Vries' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Karim El Idrissi' }).click();
    await expect(page.getByRole('heading', { name: 'Artikelen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'De sportclub als ontmoetingsplek' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
