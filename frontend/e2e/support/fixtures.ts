import { test as base, expect, type ConsoleMessage } from '@playwright/test';

function originOf(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).origin : undefined;
}

/**
 * Whether a console message is the portal's to answer for. Left out: messages from the identity provider's pages
 * (another application, passed through during login and logout). An anonymous visitor's `GET /api/me` answers 204, so
 * it logs nothing.
 */
function concernsPortal(message: ConsoleMessage, portalOrigin: string | undefined): boolean {
  const origin = originOf(message.location().url);
  return origin === undefined || portalOrigin === undefined || origin === portalOrigin;
}

/**
 * The standard `test`, plus a check after each test that the page logged no errors: a Content-Security-Policy
 * violation, an uncaught exception or a failed resource load all show up there first. A journey that provokes a
 * refusal on purpose names it in `expectedConsoleErrors` (the browser logs every 4xx answer to a request).
 */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const portalOrigin = originOf(baseURL);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && concernsPortal(message, portalOrigin)) {
          const { url } = message.location();
          const text = url ? `${message.text()} (${url})` : message.text();
          if (!expectedConsoleErrors.some((expected) => expected.test(text))) errors.push(text);
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'errors logged in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
