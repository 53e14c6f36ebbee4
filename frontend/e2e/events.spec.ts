import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { loggedIn } from './support/login';
import { MAILBOX } from './support/mailbox';

function localInput(daysAhead: number, hour: number): string {
  const date = new Date(Date.now() + daysAhead * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
}

test.describe('events', () => {
  test('an organiser creates an event for two; the third member waits and moves up when the first cancels', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const title = `Ouderavond e2e ${Date.now()}`;

    const organiser = await loggedIn(browser, 'organiser');
    await organiser.goto('/organisator/nieuw');
    await organiser.getByLabel('Titel').fill(title);
    await organiser.getByLabel('Locatie (naam)').fill('Basisschool De Regenboog (demo)');
    await organiser.getByLabel('Plaats', { exact: true }).fill('Utrecht');
    await organiser.getByLabel('Begint op').fill(localInput(14, 19));
    await organiser.getByLabel('Eindigt op').fill(localInput(14, 21));
    await organiser.getByLabel('Aantal plaatsen (leeg = onbeperkt)').fill('2');
    await expectNoAccessibilityViolations(organiser);
    await organiser.getByRole('button', { name: 'Opslaan' }).click();
    await expect(organiser).toHaveURL(/\/organisator$/);
    await organiser.getByRole('button', { name: `Publiceren: ${title}` }).click();
    await expect(organiser.getByRole('button', { name: `Publiceren: ${title}` })).toHaveCount(0);
    const eventPath = await organiser.getByRole('link', { name: title, exact: true }).getAttribute('href');
    expect(eventPath).toMatch(/^\/bijeenkomsten\//);

    const members: Page[] = [];
    for (const username of ['member-1', 'member-2', 'member-3']) {
      const member = await loggedIn(browser, username);
      await member.goto(eventPath!);
      await member.getByRole('button', { name: 'Aanmelden' }).click();
      members.push(member);
    }
    await expect(members[0]!.getByText('U bent aangemeld.')).toBeVisible();
    await expect(members[1]!.getByText('U bent aangemeld.')).toBeVisible();
    await expect(members[2]!.getByText('U staat op de wachtlijst op plaats 1.')).toBeVisible();
    await expectNoAccessibilityViolations(members[2]!);

    await members[0]!.getByRole('button', { name: 'Afmelden' }).click();
    await expect(members[0]!.getByRole('button', { name: 'Aanmelden' })).toBeVisible();

    await members[2]!.goto('/mijn-aanmeldingen');
    await expect(members[2]!.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(members[2]!.getByRole('listitem').filter({ hasText: title }).getByText('Bevestigd')).toBeVisible();
    await expectNoAccessibilityViolations(members[2]!);

    // The organiser's attendee list and check-in.
    const eventId = eventPath!.split('/').pop();
    await organiser.goto(`/organisator/${eventId}/deelnemers`);
    await expect(organiser.getByText('Bevestigd: 2 (2 plaatsen) · Wachtlijst: 0 · Afgemeld: 1 · Aanwezig: 0')).toBeVisible();
    await organiser.getByRole('button', { name: 'Aanwezig melden: Lid 3' }).click();
    await expect(organiser.getByRole('button', { name: 'Aanwezigheid intrekken: Lid 3' })).toBeVisible();
    await expectNoAccessibilityViolations(organiser);

    // The promotion mail arrived in the local mailbox.
    const mailbox = await browser.newPage();
    await expect(async () => {
      await mailbox.goto(MAILBOX);
      await expect(mailbox.getByRole('heading', { name: `Er is een plek vrij: je bent aangemeld voor ${title}` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(mailbox.getByText('lid-3@demo.kennisportaal.test').first()).toBeVisible();
  });

  test('the events list filters and its pages have no accessibility violations', async ({ page }) => {
    await page.goto('/bijeenkomsten');
    await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
    await page.getByLabel('Provincie').selectOption('UTRECHT');
    await page.getByRole('button', { name: 'Toon bijeenkomsten' }).click();
    await expect(page.getByRole('link', { name: 'Abonneer op deze agenda (iCalendar)' })).toHaveAttribute(
      'href',
      '/api/events/calendar.ics?region=UTRECHT',
    );
    await expectNoAccessibilityViolations(page);
  });
});
