import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
// Only this integration test needs the real backend plugin to host the module.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import deliveryReliabilityPlugin from '@delivery-reliability/plugin-delivery-reliability-backend';
import {
  DeploymentView,
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { AddressInfo } from 'node:net';
import { DemoServiceConfig } from './config';
import { generateDemoEvents } from './generator';
import { deliveryReliabilityModuleDemo } from './module';

// Starting a backend on a fresh database is slow on a loaded 2-core machine.
jest.setTimeout(60_000);

// The real backend plugin with its SQLite store, fed by this module.
const services: DemoServiceConfig[] = [
  { entityRef: 'component:default/recommendations', profile: 'fast-flaky' },
  { entityRef: 'component:default/ledger-service', profile: 'slow' },
];
const SEED = 7;
const HISTORY_DAYS = 14;
const DAY_MS = 86_400_000;

function generatedDeploymentIds(service: DemoServiceConfig, toMs: number) {
  const fromMs = toMs - HISTORY_DAYS * DAY_MS;
  return generateDemoEvents({ ...service, seed: SEED, fromMs, toMs })
    .filter(e => e.type === 'deployment')
    .map(e => e.id);
}

async function startBackend() {
  return startTestBackend({
    features: [
      deliveryReliabilityPlugin,
      deliveryReliabilityModuleDemo,
      mockServices.rootConfig.factory({
        data: {
          deliveryReliability: {
            demo: {
              enabled: true,
              historyDays: HISTORY_DAYS,
              intervalSeconds: 3600,
              seed: SEED,
              // Spread into plain objects: config data must be JSON-typed.
              services: services.map(s => ({ ...s })),
            },
          },
        },
      }),
    ],
  });
}

describe('demo module with the delivery-reliability backend', () => {
  it('stores the history through the backend sink', async () => {
    const startedMs = Date.now();
    const backend = await startBackend();
    try {
      const { port } = backend.server.address() as AddressInfo;
      const get = async <T>(name: string, list: string): Promise<Page<T>> => {
        const response = await fetch(
          `http://localhost:${port}/api/delivery-reliability/v1/entities/component/default/${name}/${list}?limit=500`,
          { headers: { Authorization: mockCredentials.user.header() } },
        );
        expect(response.status).toBe(200);
        return response.json();
      };

      // History is sent in the background after startup, here as one batch
      // (under 1000 events): once some of it is there, all of it is.
      let flaky = await get<DeploymentView>('recommendations', 'deployments');
      for (let i = 0; i < 100 && flaky.totalCount === 0; i++) {
        await new Promise(resolve => setTimeout(resolve, 100));
        flaky = await get<DeploymentView>('recommendations', 'deployments');
      }
      const ledger = await get<DeploymentView>('ledger-service', 'deployments');
      const doneMs = Date.now();

      for (const [page, service] of [
        [flaky, services[0]],
        [ledger, services[1]],
      ] as const) {
        // The generated deployments, give or take one finishing meanwhile.
        const stored = page.items.map(d => d.id);
        expect(page.totalCount).toBe(stored.length);
        expect(stored.length).toBeGreaterThanOrEqual(
          generatedDeploymentIds(service, startedMs).length,
        );
        expect(generatedDeploymentIds(service, doneMs)).toEqual(
          expect.arrayContaining(stored),
        );
      }
      expect(flaky.items.some(d => d.rollback)).toBe(true);
      expect(flaky.items.some(d => d.changes.length > 0)).toBe(true);

      // The backend attributes every incident, named or not, to the
      // deployment whose slot it came from.
      const incidents = await get<IncidentView>('recommendations', 'incidents');
      expect(incidents.totalCount).toBeGreaterThan(0);
      for (const incident of incidents.items) {
        expect(incident.attributedDeploymentId).toBe(
          incident.id.replace(/-incident$/, ''),
        );
      }
    } finally {
      await backend.stop();
    }
  });
});
