/** Test fixtures: the six demo services of app-config.yaml and a fixed "now". */
import { DemoProfileName } from '../profiles';

export const SEED = 20240601;
export const NOW_MS = Date.parse('2025-06-04T13:17:00Z');
export const DAY_MS = 86_400_000;

export const SERVICES: Array<{ entityRef: string; profile: DemoProfileName }> =
  [
    { entityRef: 'component:default/checkout-api', profile: 'fast-steady' },
    { entityRef: 'component:default/payments-gateway', profile: 'fast-steady' },
    { entityRef: 'component:default/ledger-service', profile: 'slow' },
    { entityRef: 'component:default/billing-batch', profile: 'slow' },
    { entityRef: 'component:default/recommendations', profile: 'fast-flaky' },
    { entityRef: 'component:default/search-api', profile: 'fast-flaky' },
  ];
