import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { loggedIn } from './support/login';
import { expectMail } from './support/mailbox';
import { pdf } from './support/pdf';

/** `datetime-local` input for a day ahead at the hour, in the browser's own time. */
function localInput(daysAhead: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + daysAhead);
  date.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:00`;
}

const GUIDELINES = [
  'Richtlijn 1: Ouders welkom',
  'Richtlijn 2: Visie',
  'Richtlijn 3: Plan',
  'Richtlijn 4: Innovatie',
  'Richtlijn 5: Kennis delen',
  'Richtlijn 6: Onderzoek',
];

test.describe('the ISOP label', () => {
  test('a school applies and uploads evidence; an assessor visits, records findings and awards the label; the school is in the register', async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const marker = `kwartel${Date.now().toString(36).replace(/\d/g, '')}`;
    const name = `Basisschool De ${marker}`;

    // The school contact registers the school and collects evidence.
    const school = await loggedIn(browser, 'school');
    await school.goto('/mijn-isop');
    await school.getByRole('link', { name: 'Meld een school aan voor het ISOP-label' }).click();
    await expect(school.getByRole('heading', { level: 1, name: 'School aanmelden voor het ISOP-label' })).toBeVisible();
    await expectNoAccessibilityViolations(school);
    await school.getByRole('textbox', { name: /Naam van de school/ }).fill(name);
    await school.getByRole('textbox', { name: /BRIN-nummer/ }).fill('99QQ42');
    await school.getByRole('textbox', { name: /^Plaats/ }).fill('Utrecht');
    await school.getByRole('combobox', { name: /Provincie/ }).selectOption({ label: 'Utrecht' });
    await school.getByRole('combobox', { name: /Sector/ }).selectOption({ label: 'Onderwijs' });
    await school.getByRole('button', { name: 'School aanmelden' }).click();
    await expect(school.getByRole('heading', { level: 1, name })).toBeVisible();
    const dossierUrl = school.url();

    const vision = school.getByRole('region', { name: 'Richtlijn 2: Visie' });
    await vision.getByLabel('Document (PDF, Word of afbeelding)').setInputFiles({
      name: 'visie-ouderbetrokkenheid.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(`Onze visie op ouderbetrokkenheid ${marker}`),
    });
    await vision.getByRole('button', { name: 'Document toevoegen' }).focus();
    await school.keyboard.press('Enter');
    await expect(vision.getByText('visie-ouderbetrokkenheid.pdf is toegevoegd.')).toBeVisible();
    await expect(vision.getByRole('link', { name: 'Download visie-ouderbetrokkenheid.pdf' })).toBeVisible();

    const welcome = school.getByRole('region', { name: 'Richtlijn 1: Ouders welkom' });
    await welcome.getByRole('combobox', { name: /Soort bewijs/ }).selectOption({ label: 'Verslag teamvergadering' });
    await welcome.getByRole('textbox', { name: /^Titel/ }).fill('Teamvergadering over ouders als partners');
    await welcome.getByRole('textbox', { name: /Verslag of toelichting/ }).fill('Iedereen heet ouders de eerste week welkom.');
    await welcome.getByRole('button', { name: 'Bewijs toevoegen' }).click();
    await expect(welcome.getByText('Het bewijs is toegevoegd.')).toBeVisible();
    await expectNoAccessibilityViolations(school);

    await school.getByRole('button', { name: 'Dossier indienen' }).click();
    await expect(school.getByRole('main')).toContainText('Stand: Ingediend');

    // An editor assigns the assessor by her address: she need not have logged in before. She hears of it by mail.
    const editor = await loggedIn(browser, 'editor');
    await editor.goto(dossierUrl);
    await editor
      .getByRole('textbox', { name: /e-mailadres van een assessor die nog niet heeft ingelogd/ })
      .fill('anja.assessor@demo.kennisportaal.test');
    await editor.getByRole('button', { name: 'Toewijzen' }).click();
    await expect(editor.getByRole('main')).toContainText('Stand: In beoordeling');
    await expectMail(browser, `ISOP-dossier toegewezen: ${name}`);

    // At her login the dossier is hers: she finds it among her dossiers, plans a visit, records findings and awards.
    const assessor = await loggedIn(browser, 'assessor');
    await assessor.goto('/mijn-isop');
    await assessor.getByRole('link', { name }).click();
    await expect(assessor.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectNoAccessibilityViolations(assessor);

    const visits = assessor.getByRole('region', { name: 'Schoolbezoeken' });
    await visits.getByLabel(/^Begin/).fill(localInput(7, 10));
    await visits.getByLabel(/^Einde/).fill(localInput(7, 13));
    await visits.getByRole('textbox', { name: /Plaats van het bezoek/ }).fill('Hoofdgebouw, Dorpsstraat 1');
    await visits.getByRole('button', { name: 'Bezoek plannen' }).click();
    await expect(visits.getByText('Het bezoek is gepland; de school krijgt een uitnodiging per e-mail.')).toBeVisible();
    await expectMail(browser, `Schoolbezoek ISOP gepland: ${name}`);

    for (const guideline of GUIDELINES) {
      const section = assessor.getByRole('region', { name: guideline });
      await section.getByRole('combobox', { name: /Oordeel/ }).selectOption({ label: 'Voldaan' });
      await section.getByRole('textbox', { name: /^Bevinding/ }).fill('Aangetoond in documenten en tijdens het bezoek.');
      await section.getByRole('button', { name: 'Bevinding opslaan' }).click();
      await expect(section.getByText('Beoordeling: Voldaan')).toBeVisible();
    }

    const decision = assessor.getByRole('region', { name: 'Besluit' });
    await decision.getByRole('combobox', { name: /^Besluit/ }).selectOption({ label: 'Label toekennen' });
    await decision.getByRole('textbox', { name: /Toelichting/ }).fill('Alle zes richtlijnen zijn aangetoond.');
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(assessor.getByRole('main')).toContainText('Stand: Label toegekend');
    await expect(assessor.getByRole('region', { name: 'Verloop' })).toContainText('Anja Assessor: label toegekend');
    await expectNoAccessibilityViolations(assessor);

    // The school shares a practice example from the knowledge base on its page, found and added by keyboard.
    await school.reload();
    const sharing = school.getByRole('region', { name: /Delen op de pagina van de school/ });
    await sharing.getByRole('searchbox', { name: 'Zoek een praktijkvoorbeeld' }).fill('Koffieochtend-kit');
    await school.keyboard.press('Enter');
    const add = sharing.getByRole('button', { name: /^Koffieochtend-kit: twaalf gespreksstarters.* toevoegen$/ });
    await add.focus();
    await school.keyboard.press('Enter');
    await expect(sharing.getByRole('button', { name: /^Koffieochtend-kit: twaalf gespreksstarters.* weghalen$/ })).toBeVisible();
    await sharing.getByRole('button', { name: 'Gedeelde voorbeelden opslaan' }).click();
    await expect(sharing.getByText('Opgeslagen. De pagina van de school toont deze keuze.')).toBeVisible();
    await expectNoAccessibilityViolations(school);

    // Anyone finds the school in the register, by search and on the map by keyboard, and opens its page.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/isop?q=${marker}`);
    await expect(visitor.getByRole('heading', { level: 1, name: 'ISOP-register' })).toBeVisible();
    await expect(visitor.getByRole('status').filter({ hasText: '1 school met het ISOP-label' })).toBeVisible();
    const utrecht = visitor.getByRole('link', { name: 'Utrecht: 1 school' });
    await utrecht.focus();
    await visitor.keyboard.press('Enter');
    await expect(visitor).toHaveURL(/province=UTRECHT/);
    await expect(utrecht).toHaveAttribute('aria-current', 'true');
    await expect(visitor.getByRole('link', { name })).toBeVisible();
    await expectNoAccessibilityViolations(visitor);

    await visitor.getByRole('link', { name }).click();
    await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(visitor.getByRole('main')).toContainText('ISOP-label');
    await expect(visitor.getByRole('main')).toContainText('Toegekend op');
    await expect(
      visitor.getByRole('region', { name: 'Gedeelde praktijkvoorbeelden' }).getByRole('link', { name: /^Koffieochtend-kit/ }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
  });

  test('the register lists the demo school with a label in force, not the expired one', async ({ page }) => {
    await page.goto('/isop');
    await expect(page.getByRole('link', { name: 'Basisschool De Vlinderboom (fictief)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'OBS De Waterlelie (fictief)' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Basisschool De Vlinderboom (fictief)' }).click();
    await expect(page.getByRole('region', { name: 'Gedeelde praktijkvoorbeelden' }).getByRole('link').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('the register and a school page in English', async ({ page }) => {
    await page.goto('/isop');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ISOP register' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Utrecht: \d+ schools?$/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Basisschool De Vlinderboom (fictief)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Basisschool De Vlinderboom (fictief)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shared practice examples' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Upcoming events' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
