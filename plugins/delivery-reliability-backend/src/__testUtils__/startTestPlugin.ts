import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  BackendFeature,
} from '@backstage/backend-plugin-api';
import {
  TestDatabaseId,
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import request from 'supertest';
import { deliveryReliabilityPlugin } from '../plugin';

// Stop each test's backend before TestDatabases' afterAll destroys its
// database: the plugin's background work (the rollup worker) must not
// outlive the database it writes to.
const backendsToStop: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(backendsToStop.splice(0).map(backend => backend.stop()));
});

/** One audit event as the plugin reported it. */
export interface RecordedAudit {
  options: AuditorServiceCreateEventOptions;
  status: 'initiated' | 'succeeded' | 'failed';
  meta?: JsonObject;
  error?: Error;
}

/** An auditor that records events, to assert what the plugin audits. */
export function recordingAuditor() {
  const audits: RecordedAudit[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => {
      const audit: RecordedAudit = { options, status: 'initiated' };
      audits.push(audit);
      return {
        success: async params => {
          audit.status = 'succeeded';
          audit.meta = { ...options.meta, ...params?.meta };
        },
        fail: async params => {
          audit.status = 'failed';
          audit.error = params.error;
        },
      };
    },
  }) as unknown as AuditorService & { factory: any };
  return { audits, auditorFactory: (auditor as any).factory };
}

/**
 * Starts a backend with the real plugin on a fresh database of the given
 * kind. Requests without an Authorization header are unauthenticated.
 */
export async function startTestPlugin(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: {
    config?: JsonObject;
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    features?: BackendFeature[];
  } = {},
) {
  const knex = await databases.init(databaseId);
  const { audits, auditorFactory } = recordingAuditor();
  const backend = await startTestBackend({
    features: [
      deliveryReliabilityPlugin,
      mockServices.database.factory({ knex }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      auditorFactory,
      ...(options.features ?? []),
    ],
  });
  const http = request(backend.server);
  backendsToStop.push(backend);
  return { backend, knex, audits, http };
}

/** The plugin's base path. */
export const BASE = '/api/delivery-reliability';

/** Authorization headers of the mock auth service. */
export const asService = { Authorization: mockCredentials.service.header() };
/** A user token. */
export const asUser = { Authorization: mockCredentials.user.header() };

/** Rows in all tables of the plugin, to check that nothing was stored. */
export async function countRows(knex: Knex): Promise<number> {
  const tables = ['deployments', 'changes', 'deployment_changes', 'incidents'];
  const counts = await Promise.all(
    tables.map(async t => Number((await knex(t).count({ n: '*' }))[0].n)),
  );
  return counts.reduce((a, b) => a + b, 0);
}
