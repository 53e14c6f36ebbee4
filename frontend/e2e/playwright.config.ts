import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the real stack: the backend serves frontend/dist and the API on one origin.
// By default `bin/run` starts Elasticsearch, the identity provider and the backend on test ports; set E2E_BASE_URL to
// test a portal that is already running instead.
const frontendDir = fileURLToPath(new URL('..', import.meta.url));
const externalBaseUrl = process.env.E2E_BASE_URL;
// Test ports, apart from a developer's own `bin/run` (8080, 9200, 9300, 9000); E2E_PORT_OFFSET moves them all, so two
// checkouts on one machine can run their browser tests at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const portalPort = 18080 + offset;
const baseURL = externalBaseUrl ?? `http://localhost:${portalPort}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../target/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['junit', { outputFile: '../target/e2e-results.xml' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium, never a Playwright-downloaded browser (this machine cannot download one).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: externalBaseUrl
    ? undefined
    : {
        command: '../bin/run --no-build --ephemeral',
        cwd: frontendDir,
        env: {
          PORTAL_PORT: String(portalPort),
          PORTAL_ES_PORT: String(19200 + offset),
          PORTAL_ES_TRANSPORT_PORT: String(19300 + offset),
          PORTAL_IDP_PORT: String(19000 + offset),
          PORTAL_MAIL_PORT: String(12525 + offset),
          PORTAL_MAILBOX_PORT: String(18025 + offset),
          PORTAL_REDIS_PORT: String(16380 + offset),
          // A bound for a start that hangs, not an expected duration: on two cores busy with other builds each part
          // has been seen to need more than bin/run's default three minutes.
          PORTAL_START_SECONDS: process.env.PORTAL_START_SECONDS ?? '600',
        },
        url: `http://localhost:${portalPort}/actuator/health`,
        timeout: 900_000,
        reuseExistingServer: !process.env.CI,
        stdout: 'pipe',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 40_000 },
      },
});
