/**
 * Starts the real delivery-reliability backend plugin with this module on a
 * test database, a catalog of the given entities, and a scheduler whose
 * tasks the test runs by hand (one call is one sync).
 */
import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// Only the integration tests need the real backend plugin to host the module.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import deliveryReliabilityPlugin from '@delivery-reliability/plugin-delivery-reliability-backend';
import {
  DeploymentView,
  Page,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { JsonObject } from '@backstage/config';
import { AddressInfo } from 'node:net';
import { deliveryReliabilityModuleGithub } from '../module';

type Knex = Awaited<ReturnType<TestDatabases['init']>>;

/** A component annotated for the GitHub source. */
export function component(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

export async function startGithubBackend(options: {
  knex: Knex;
  entities: Entity[];
  config?: JsonObject;
}) {
  const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: async task => {
      tasks.set(task.id, task);
    },
  });
  const backend = await startTestBackend({
    features: [
      deliveryReliabilityPlugin,
      deliveryReliabilityModuleGithub,
      mockServices.database.factory({ knex: options.knex }),
      scheduler.factory,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({
        data: {
          integrations: {
            github: [{ host: 'github.com', token: 'test-token' }],
          },
          ...options.config,
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  return {
    backend,
    /** Runs one GitHub sync and resolves when it is done. */
    async sync() {
      const task = tasks.get('delivery-reliability-github-sync');
      if (!task) throw new Error('the GitHub sync task was not scheduled');
      await task.fn(new AbortController().signal);
    },
    /** Deployments of a component through the read API. */
    async deployments(name: string): Promise<Page<DeploymentView>> {
      const response = await fetch(
        `http://localhost:${port}/api/delivery-reliability/v1/entities/component/default/${name}/deployments?limit=100`,
        { headers: { Authorization: mockCredentials.user.header() } },
      );
      if (response.status !== 200)
        throw new Error(`read API answered ${response.status}`);
      return response.json();
    },
  };
}
