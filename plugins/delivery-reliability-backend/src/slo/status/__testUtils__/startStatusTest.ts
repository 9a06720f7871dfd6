import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import Router from 'express-promise-router';
import { Knex } from 'knex';
import request from 'supertest';
import { loadOpenApiDocument } from '../../../schema/openApiDocument';
import { FormulaSource } from '../../evaluation/__testUtils__/formulaSource';
import { addSloRoutes } from '../../routes/addSloRoutes';
import { setupSlos } from '../../setupSlos';
import { toSloStatusRow } from '../refreshSloStatus';

/**
 * The production SLO wiring (`setupSlos`) over `knex`, with `entities` as
 * inline OpenSLO documents read by a {@link FormulaSource}, a mock
 * scheduler whose task the test runs by hand, and a catalog that can be
 * made to fail for chosen entities (or for listing).
 */
export async function startStatusTest(
  knex: Knex,
  entities: Record<string, object[]>,
  extraConfig: JsonObject = {},
) {
  const config = new ConfigReader({
    deliveryReliability: {
      slo: {
        ...extraConfig,
        entities: Object.entries(entities).map(([entityRef, documents]) => ({
          entityRef,
          documents,
        })),
      },
    },
  });
  const failing = new Set<string>();
  const catalog = catalogServiceMock.mock({
    // Inline SLOs need no catalog entry; a "failing" entity's read throws
    // as an unreachable catalog would.
    getEntityByRef: async ref => {
      if (failing.has(String(ref))) throw new Error(`catalog timeout: ${ref}`);
      return undefined;
    },
    getEntities: async () => {
      if (failing.has('*')) throw new Error('catalog timeout: listing');
      return { items: [] };
    },
  });
  const scheduler = mockServices.scheduler.mock();
  const logger = mockServices.logger.mock();
  const slos = await setupSlos({
    knex,
    config,
    catalog,
    auth: mockServices.auth(),
    urlReader: mockServices.urlReader.mock(),
    scheduler,
    logger,
    sources: [new FormulaSource()],
  });
  const task = scheduler.scheduleTask.mock
    .calls[0][0] as SchedulerServiceTaskInvocationDefinition;

  // GET /v1/slos as the plugin mounts it, on the same database and config,
  // answering at whatever instant the test asks about.
  let nowMs = 0;
  const router = Router();
  addSloRoutes(router, {
    httpAuth: mockServices.httpAuth(),
    permissions: mockServices.permissions.mock(),
    auditor: mockServices.auditor.mock(),
    openApi: loadOpenApiDocument(),
    config,
    knex,
    definitions: slos.definitions,
    now: () => nowMs,
  });
  const http = request(express().use(router));
  /** The rows `GET /v1/slos?entityRef=` answers at `atMs`, as snapshot rows. */
  const apiRows = async (entityRef: string, atMs: number) => {
    nowMs = atMs;
    const res = await http.get(`/v1/slos?entityRef=${entityRef}`);
    expect(res.status).toBe(200);
    return res.body.slos.map((s: any) => toSloStatusRow(s, atMs));
  };

  return {
    slos,
    logger,
    /** Entity refs (or `*` for the listing) whose catalog reads fail. */
    failing,
    /** One scheduled evaluation cycle, as the scheduler would run it. */
    runScheduledCycle: () => task.fn(new AbortController().signal),
    apiRows,
  };
}
