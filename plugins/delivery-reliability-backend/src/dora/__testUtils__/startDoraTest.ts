import { BackendFeature } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import {
  BASE,
  asService,
  asUser,
  startTestPlugin,
} from '../../__testUtils__/startTestPlugin';

/**
 * The plugin on a fresh database, with helpers that post events (expecting
 * 200) and read `GET /v1/dora` as a user (expecting 200).
 */
export async function startDoraTest(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { config?: JsonObject; features?: BackendFeature[] } = {},
) {
  const started = await startTestPlugin(databases, databaseId, options);
  const post = async (events: object[]) => {
    const res = await started.http
      .post(`${BASE}/v1/events`)
      .set(asService)
      .send({ events });
    expect(res.status).toBe(200);
  };
  const dora = async (query: Record<string, string>) => {
    const res = await started.http
      .get(`${BASE}/v1/dora`)
      .query(query)
      .set(asUser);
    expect(res.status).toBe(200);
    return res.body;
  };
  return { ...started, post, dora };
}
