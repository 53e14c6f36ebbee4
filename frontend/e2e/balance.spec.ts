import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { DEMO_PASSWORD, loggedIn } from './support/login';

/** Gives every question the level, then the exceptions ("Informeel partnerschap", /^Cultuur:/, "Nog niet"). */
async function answerAll(page: Page, level: string, exceptions: [string, RegExp, string][] = []): Promise<void> {
  for (const radio of await page.getByRole('radio', { name: level, exact: true }).all()) await radio.check();
  for (const [partnership, question, other] of exceptions) {
    await page
      .getByRole('group', { name: partnership, exact: true })
      .getByRole('group', { name: question })
      .getByRole('radio', { name: other, exact: true })
      .check();
  }
}

test.describe('the balance scan', () => {
  test('a team of three fills in a scan and sees the spread and the recommendations', async ({ browser }) => {
    // Three people log in and answer 30 questions each: a long journey, like the articles and events ones.
    test.setTimeout(180_000);
    const teamName = `Basisschool De Linde e2e ${Date.now()}`;
    const owner = await loggedIn(browser, 'member-41');
    await owner.goto('/balansscan/mijn');
    await owner.getByLabel('Naam van het team of de organisatie').fill(teamName);
    await owner.getByLabel('Sector').selectOption({ label: 'Onderwijs' });
    await owner.getByRole('button', { name: 'Team maken' }).click();
    await expect(owner.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
    const invite = await owner.getByLabel('Uitnodigingslink').inputValue();
    expect(invite).toContain('/deelnemen?code=');
    await expectNoAccessibilityViolations(owner);

    const colleagues: Page[] = [];
    for (const username of ['member-42', 'member-43']) {
      const colleague = await loggedIn(browser, username);
      await colleague.goto(invite);
      await colleague.getByRole('button', { name: 'Meedoen met dit team' }).click();
      await expect(colleague.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
      // A colleague sees how many have not answered, never who.
      await expect(colleague.getByLabel('Uitnodigingslink')).toHaveCount(0);
      colleagues.push(colleague);
    }

    await answerAll(owner, 'We zijn op weg', [['Informeel partnerschap', /^Cultuur:/, 'Nog niet']]);
    await owner.getByRole('button', { name: 'Mijn antwoorden opslaan' }).click();
    await expect(owner.getByText('Uw antwoorden zijn opgeslagen.')).toBeVisible();
    await answerAll(colleagues[0]!, 'We zijn op weg', [['Informeel partnerschap', /^Cultuur:/, 'Het is geborgd']]);
    await colleagues[0]!.getByRole('button', { name: 'Mijn antwoorden opslaan' }).click();
    await expect(colleagues[0]!.getByText('Uw antwoorden zijn opgeslagen.')).toBeVisible();
    await answerAll(colleagues[1]!, 'We beginnen');
    await colleagues[1]!.getByRole('button', { name: 'Mijn antwoorden opslaan' }).click();
    await expect(colleagues[1]!.getByText('Uw antwoorden zijn opgeslagen.')).toBeVisible();

    await owner.reload();
    await expect(owner.getByText('3 collega’s hebben deze ronde ingevuld.')).toBeVisible();
    const disagreements = owner.getByRole('region', { name: 'Waar collega’s het meest verschillen' });
    await expect(disagreements).toContainText('Informeel partnerschap × Cultuur');
    await expect(owner.getByRole('table', { name: /Het model/ })).toContainText('Spreiding');
    const recommendations = owner.getByRole('region', { name: 'Aanbevolen bij de zwakste cellen' });
    await expect(recommendations).toBeVisible();
    await expect(recommendations.getByRole('link').first()).toBeVisible();
    await expect(owner.getByRole('table', { name: 'Leden en wie al heeft ingevuld' })).not.toContainText('Nog niet');
    await expectNoAccessibilityViolations(owner);
  });

  test('an anonymous visitor tries the scan and then saves it by logging in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Balansscan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Balansscan' })).toBeVisible();
    await answerAll(page, 'We zijn op weg', [
      ['Maatschappelijk partnerschap', /^Gebouw:/, 'Nog niet'],
      ['Formeel partnerschap', /^ICT:/, 'Niet van toepassing'],
    ]);
    await page.getByRole('button', { name: 'Toon de uitkomst' }).click();

    const weakest = page.getByRole('region', { name: 'De drie zwakste cellen' });
    await expect(weakest).toContainText('Maatschappelijk partnerschap × Gebouw');
    await expect(page.getByRole('table', { name: 'Balans per partnerschap' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Inloggen om te bewaren' }).click();
    await page.getByLabel('Gebruikersnaam').fill('member-44');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Lid 44' })).toBeVisible();

    // The answers waited in the browser.
    await page.goto('/balansscan');
    await expect(
      page
        .getByRole('group', { name: 'Maatschappelijk partnerschap', exact: true })
        .getByRole('group', { name: /^Gebouw:/ })
        .getByRole('radio', { name: 'Nog niet', exact: true }),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(page.getByText('Uw scan is bewaard.')).toBeVisible();
    await page.getByRole('link', { name: 'Bekijk de bewaarde scan' }).click();
    await expect(page.getByRole('region', { name: 'De drie zwakste cellen' })).toContainText(
      'Maatschappelijk partnerschap × Gebouw',
    );
    await expectNoAccessibilityViolations(page);
  });
});
