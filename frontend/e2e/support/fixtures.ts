import { test as base, expect } from '@playwright/test';

/**
 * The standard `test`, plus a check after each test that the page logged no errors: a Content-Security-Policy
 * violation, an uncaught exception or a failed resource load all show up there first.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'errors logged in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
