import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;

/** Debian's Chromium: Playwright's own browser download does not work on the CI network. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Keep the browser from phoning home, so the "no request leaves the origin" test sees only the app.
const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  // Two workers keep the suite under two minutes on a two-core machine; every test has its own
  // browser context, so they do not share storage.
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  // Monaco is a 3 MB chunk; on a busy two-core CI machine it can take a few seconds to start.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(existsSync(SYSTEM_CHROMIUM) && { executablePath: SYSTEM_CHROMIUM }),
          args: QUIET_CHROMIUM_ARGS,
        },
      },
    },
  ],
  // The production build, as users get it; `npm start` builds and then serves it on PORT.
  webServer: {
    command: 'npm start',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
