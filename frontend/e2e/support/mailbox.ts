import { expect, type Browser } from '@playwright/test';

// The mailbox page of infra/mail-server, on the port playwright.config.ts gives bin/run (or PORTAL_MAILBOX_PORT).
export const MAILBOX = `http://127.0.0.1:${process.env.PORTAL_MAILBOX_PORT ?? 18025 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;

/** Waits (bounded) until the mailbox shows a mail with this subject. */
export async function expectMail(browser: Browser, subject: string): Promise<void> {
  const mailbox = await (await browser.newContext()).newPage();
  await expect(async () => {
    await mailbox.goto(MAILBOX);
    await expect(mailbox.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}
