import { expect, test } from './support/fixtures';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { loggedIn } from './support/login';
import { MAILBOX } from './support/mailbox';

interface Mail {
  subject: string;
  to: string;
  text: string;
}

test.describe('members share practice examples', () => {
  test('a member submits an example, an editor asks for a change, the member revises, the editor publishes, and a member who saved a matching search gets it in the digest', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const word = `koffieochtend${Date.now()}`;
    const title = `Koffie met ouders ${word}`;

    // A second member follows the word, weekly.
    const follower = await loggedIn(browser, 'member-62');
    await follower.goto(`/zoeken?q=${word}`);
    const save = follower.getByRole('region', { name: 'Zoekopdracht bewaren' });
    await save.getByRole('radio', { name: 'Wekelijks' }).check();
    await save.getByRole('button', { name: 'Zoekopdracht bewaren' }).click();
    await expect(save.getByText('Zoekopdracht bewaard.')).toBeVisible();

    // The contributor writes a practice example along the sections, agrees to be named, and submits it.
    const member = await loggedIn(browser, 'member-61');
    await member.goto('/mijn-bijdragen');
    await member.getByRole('link', { name: 'Een praktijkvoorbeeld of tool delen' }).click();
    await member.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await member.getByRole('textbox', { name: /^Samenvatting/ }).fill('Elke maand drinken ouders en leraren samen koffie.');
    await member.getByRole('textbox', { name: /^Context/ }).fill('Veel ouders kwamen nauwelijks op school.');
    await member.getByRole('textbox', { name: /^Aanpak/ }).fill('Een vaste koffieochtend op maandag, in de aula.');
    await member.getByRole('checkbox', { name: /Informeel partnerschap/ }).check();
    await member.getByRole('checkbox', { name: /^Onderwijs/ }).check();
    await member.getByRole('combobox', { name: /^Regio/ }).selectOption('UTRECHT');
    await member.getByRole('textbox', { name: /^Uw organisatie/ }).fill('Basisschool De Linde');
    await member.getByRole('checkbox', { name: /Noem mijn naam/ }).check();
    await expectNoAccessibilityViolations(member);
    await member.getByRole('button', { name: 'Opslaan' }).click();
    await expect(member.getByRole('heading', { level: 1, name: `Bijdrage: ${title}` })).toBeVisible();
    await member.getByRole('button', { name: 'Indienen bij de redactie' }).click();
    await expect(member.getByText('Ingediend. De redactie krijgt bericht.')).toBeVisible();
    await expectNoAccessibilityViolations(member);

    // The editor asks for the result.
    const editor = await loggedIn(browser, 'editor');
    await editor.goto('/redactie/bijdragen');
    await editor.getByRole('link', { name: title }).click();
    await expectNoAccessibilityViolations(editor);
    await editor.getByRole('textbox', { name: /^Toelichting voor de indiener/ }).fill('Wat leverde het op?');
    await editor.getByRole('button', { name: 'Wijzigingen vragen' }).click();
    await expect(editor.getByText('Gedaan: de bijdrage is nu Wijzigingen gevraagd.')).toBeVisible();

    // The member sees the request among their contributions, revises and submits again.
    await member.goto('/mijn-bijdragen');
    await expect(member.getByText('Opmerking van de redactie: Wat leverde het op?')).toBeVisible();
    await expectNoAccessibilityViolations(member);
    await member.getByRole('link', { name: title }).click();
    await member.getByRole('textbox', { name: /^Resultaat/ }).fill('Twintig ouders kwamen elke maand.');
    await member.getByRole('button', { name: 'Indienen bij de redactie' }).click();
    await expect(member.getByText('Ingediend. De redactie krijgt bericht.')).toBeVisible();

    // The editor sees what changed and publishes.
    await editor.goto('/redactie/bijdragen');
    await editor.getByRole('link', { name: title }).click();
    await expect(editor.getByTestId('contribution-diff')).toContainText('Twintig ouders kwamen elke maand.');
    await expectNoAccessibilityViolations(editor);
    await editor.getByRole('button', { name: 'Publiceren' }).click();
    await expect(editor.getByText('Gedaan: de bijdrage is nu Gepubliceerd.')).toBeVisible();

    // Published: a catalogue item naming the contributor, with reactions underneath.
    await member.goto('/mijn-bijdragen');
    await member.getByRole('link', { name: title }).click();
    await member.getByRole('link', { name: 'Bekijk in de kennisbank' }).click();
    await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(member.getByText('Basisschool De Linde').first()).toBeVisible();
    await follower.goto(member.url());
    await follower.getByRole('button', { name: /^Nuttig/ }).click();
    await expect(follower.getByRole('button', { name: 'Nuttig (1)' })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAccessibilityViolations(follower);

    // The operator runs the digest round now instead of waiting for Monday morning.
    const admin = await loggedIn(browser, 'admin');
    await admin.goto('/');
    const csrf = (await admin.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const round = await admin.request.post('/api/admin/digests/run', { headers: { 'X-XSRF-TOKEN': csrf } });
    expect(round.status()).toBe(200);

    // The follower's weekly digest lists the published example.
    const mailbox = await browser.newContext();
    await expect(async () => {
      const response = await mailbox.request.get(`${MAILBOX}/api/messages`);
      const mails = (await response.json()) as Mail[];
      const digest = mails.find((mail) => mail.subject.includes('wekelijks overzicht') && mail.text.includes(title));
      expect(digest).toBeDefined();
    }).toPass({ timeout: 60_000 });
  });
});
