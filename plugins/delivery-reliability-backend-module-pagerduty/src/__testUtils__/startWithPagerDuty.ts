import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// Only these integration tests need the real backend plugin to host the module.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import deliveryReliabilityPlugin from '@delivery-reliability/plugin-delivery-reliability-backend';
import {
  IncidentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { AddressInfo } from 'node:net';
import { deliveryReliabilityModulePagerDuty } from '../module';
import { PAGERDUTY_TOKEN, PAGERDUTY_URL } from './fakePagerDuty';

/** The scheduler mock's test-only surface. */
interface ManualScheduler {
  factory(options: { skipTaskRunOnStartup: boolean }): any;
  triggerTask(id: string): Promise<void>;
  getScheduledTasks(): Promise<Array<{ id: string }>>;
}

export const TASK_ID = 'delivery-reliability-pagerduty-incidents';

/** A component annotated with a PagerDuty service id. */
export function component(name: string, serviceId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: serviceId ? { 'pagerduty.com/service-id': serviceId } : {},
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

const running: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(b => b.stop()));
});

/**
 * The real backend plugin and the PagerDuty module on a database of the
 * given kind; polls run only when the test triggers them.
 */
export async function startWithPagerDuty(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  entities: Entity[];
  pagerduty?: { [key: string]: any } | null;
  knex?: Awaited<ReturnType<TestDatabases['init']>>;
}) {
  const knex =
    options.knex ?? (await options.databases.init(options.databaseId));
  const scheduler = mockServices.scheduler() as unknown as ManualScheduler;
  const pagerduty =
    options.pagerduty === null
      ? undefined
      : {
          apiToken: PAGERDUTY_TOKEN,
          baseUrl: PAGERDUTY_URL,
          ...options.pagerduty,
        };
  const backend = await startTestBackend({
    features: [
      deliveryReliabilityPlugin,
      deliveryReliabilityModulePagerDuty,
      mockServices.database.factory({ knex }),
      scheduler.factory({ skipTaskRunOnStartup: true }),
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({
        data: { deliveryReliability: pagerduty ? { pagerduty } : {} },
      }),
    ],
  });
  running.push(backend);
  const { port } = backend.server.address() as AddressInfo;

  /** The stored incidents of a component, newest start first. */
  const incidents = async (name: string): Promise<IncidentView[]> => {
    const response = await fetch(
      `http://localhost:${port}/api/delivery-reliability/v1/entities/component/default/${name}/incidents?limit=500`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as Page<IncidentView>).items;
  };
  return {
    knex,
    backend,
    scheduler,
    incidents,
    poll: () => scheduler.triggerTask(TASK_ID),
  };
}
