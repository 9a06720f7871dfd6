// End to end: the demo portal in a real Chromium — enter as guest, open a
// service, open its Delivery tab and see deployments that the demo source sent
// through the ingestion API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startPortal, APP_URL, ROOT } from './portal.mjs';
import { launchBrowser, signInAsGuest } from './browser.mjs';

let stopPortal = async () => {};
let browser;

before(async () => {
  stopPortal = await startPortal();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stopPortal();
});

test('a service shows its deployments on the Delivery tab', { timeout: 240_000 }, async () => {
  const page = await browser.context.newPage();
  await signInAsGuest(page, APP_URL);

  await page.goto(`${APP_URL}/catalog?filters[kind]=component`);
  await page.getByRole('link', { name: 'checkout-api' }).first().click();
  await page.getByRole('tab', { name: 'Delivery' }).click();

  const table = page.getByRole('table').filter({ hasText: 'Version' }).first();
  await table.waitFor({ timeout: 60_000 });
  // Demo versions are semver: at least one row shows one, and a production environment.
  const versionCell = table.getByText(/^\d+\.\d+\.\d+$/).first();
  await versionCell.waitFor({ timeout: 60_000 });
  const rows = await table.locator('tbody tr').count();
  assert.ok(rows >= 5, `expected several deployment rows, saw ${rows}`);
  assert.ok(await table.getByText('production').first().isVisible());

  await page.screenshot({
    path: path.join(ROOT, 'docs', 'screenshots', 'delivery-tab.png'),
    fullPage: false,
  });
});
