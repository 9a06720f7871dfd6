import assert from 'node:assert/strict';
import { APP_URL } from '../portal.mjs';
import { signInAsGuest, openEntityTab, screenshot } from '../browser.mjs';

/** Guest opens checkout-api → Delivery and sees deployments sent by the demo source. */
export async function deliveryTabShowsDeployments(page) {
  await signInAsGuest(page, APP_URL);
  await openEntityTab(page, 'component', 'checkout-api', 'Delivery');

  const versions = page.getByTestId('deployment-version');
  await versions.first().waitFor({ timeout: 60_000 });
  // Demo versions are semver and the demo deploys to production.
  assert.match((await versions.first().innerText()).trim(), /^\d+\.\d+\.\d+$/);
  assert.ok((await versions.count()) >= 5, 'expected several deployment rows');
  assert.ok(await page.getByTestId('deployment-environment').filter({ hasText: 'production' }).count() > 0);

  // A row opens to show the changes it shipped.
  await page.getByRole('button', { name: /changes in .*show details/i }).first().click();
  await page.getByTestId('deployment-detail').first().waitFor({ timeout: 10_000 });
  await page.getByTestId('deployment-version').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'delivery-deployments.png');
}
