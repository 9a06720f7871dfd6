// End to end: the demo portal in a real Chromium. One portal start serves every
// scenario (starting it is the slow part); each scenario lives in its own file.
import { test, before, after } from 'node:test';
import { startPortal } from './portal.mjs';
import { launchBrowser } from './browser.mjs';
import { deliveryTabShowsDeployments } from './scenarios/deliveryTab.mjs';
import { overviewShowsErrorBudgetCard, reliabilityTabShowsSlos } from './scenarios/reliability.mjs';
import { deliveryTabShowsDoraTiles, groupTabShowsTeam } from './scenarios/dora.mjs';
import { doraTilesReproduceByHand } from './scenarios/doraByHand.mjs';
import { overviewShowsVerdictCard, overviewTabShowsVerdict } from './scenarios/overview.mjs';
import { comparisonPageComparesTeams, scatterLinksTeams } from './scenarios/comparison.mjs';

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

const scenario = (name, fn) =>
  test(name, { timeout: 240_000 }, async () => {
    const page = await browser.context.newPage();
    try {
      await fn(page);
    } finally {
      await page.close();
    }
  });

scenario('a service shows its deployments on the Delivery tab', deliveryTabShowsDeployments);
scenario('the Delivery tab shows five DORA tiles with tiers and a trend chart', deliveryTabShowsDoraTiles);
scenario('a team Delivery tab shows the team and its services', groupTabShowsTeam);
scenario('every DORA metric reproduces by hand from the listed events', doraTilesReproduceByHand);
scenario('a service shows its SLOs, gate and burndown on the Reliability tab', reliabilityTabShowsSlos);
scenario('the overview shows the error budget card', overviewShowsErrorBudgetCard);
scenario('a service shows its verdict, DORA tiles, SLOs and burned deployments side by side', overviewTabShowsVerdict);
scenario('the overview shows the Delivery & Reliability card', overviewShowsVerdictCard);
scenario('a lead compares teams on the Delivery & Reliability page', comparisonPageComparesTeams);
scenario('the speed-vs-stability scatter places and links every team', scatterLinksTeams);
