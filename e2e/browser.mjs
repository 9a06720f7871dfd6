// Launches the machine's Chromium through playwright-core (browsers cannot be
// downloaded here), with flags that keep it off the network.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dr-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the portal and enters as guest (the demo app's sign-in page). */
export async function signInAsGuest(page, appUrl) {
  await page.goto(appUrl);
  const enter = page.getByRole('button', { name: /enter/i });
  // The guest provider may sign in automatically when a session exists.
  if (await enter.isVisible({ timeout: 30_000 }).catch(() => false)) {
    await enter.click();
  }
  await page.getByText(/catalog/i).first().waitFor({ timeout: 60_000 });
}

/** Opens an entity page by kind/name and clicks one of its tabs. */
export async function openEntityTab(page, kind, name, tab) {
  await page.goto(`${process.env.PORTAL_URL ?? 'http://localhost:3000'}/catalog/default/${kind}/${name}`);
  await page.getByRole('tab', { name: tab, exact: true }).click({ timeout: 60_000 });
}

/** Saves a screenshot under docs/screenshots (shown in the README). */
export async function screenshot(page, file) {
  const { fileURLToPath } = await import('node:url');
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, file) });
}
