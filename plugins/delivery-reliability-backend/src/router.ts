import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { deliveryReliabilityEventsCreatePermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import express from 'express';
import Router from 'express-promise-router';
import { addComparisonRoutes } from './comparison/addComparisonRoutes';
import { ComparisonService } from './comparison/ComparisonService';
import { DoraService } from './dora/DoraService';
import { addDoraRoutes } from './dora/doraRoutes';
import { addOverviewRoutes } from './overview/addOverviewRoutes';
import { SloRouteOptions, addSloRoutes } from './slo/routes/addSloRoutes';
import { authorizeServiceWrite } from './http/authorizeServiceWrite';
import { createQueryReader } from './http/createQueryReader';
import { entityRefOfParams } from './http/entityRefOfParams';
import { eventsOfBody } from './ingestion/eventsOfBody';
import { IngestionService } from './ingestion/IngestionService';
import { IngestionLimits, assertEventCount } from './ingestion/limits';
import { createJsonBodyParser } from './ingestion/parseJsonBody';
import { Semaphore } from './ingestion/Semaphore';
import { summaryMeta } from './ingestion/summaryMeta';
import { OpenApiDocument } from './schema/openApiDocument';
import { RollupStore } from './rollups/RollupStore';
import { DeliveryStore } from './store/types';

/** Dependencies of {@link createRouter}. @internal */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  store: DeliveryStore;
  ingestion: IngestionService;
  limits: IngestionLimits;
  /** Bounds the batches in progress; shared with the event sinks. */
  ingestionGate: Semaphore;
  openApi: OpenApiDocument;
  /** The DORA read API and rollup maintenance. */
  dora: { service: DoraService; rollups: RollupStore };
  /** The SLO read API, release gate and maintenance windows. */
  slo: Pick<
    SloRouteOptions,
    'config' | 'knex' | 'definitions' | 'evaluateFirstSight'
  >;
  /** The team comparison (`/v1/comparison`, `/v1/comparison.csv`). */
  comparison: Pick<ComparisonService, 'getComparison'>;
}

/**
 * The HTTP API, as described by `src/schema/openapi.yaml`. Only maps HTTP
 * onto ingestion and the store.
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, auditor, store, ingestion, limits } = options;
  const { ingestionGate, openApi } = options;
  const parseJsonBody = createJsonBodyParser(limits.maxRequestBytes);
  const readDeploymentsQuery = createQueryReader<{
    limit: number;
    offset: number;
    environment?: string;
  }>(openApi, 'listDeployments');
  const readIncidentsQuery = createQueryReader<{
    limit: number;
    offset: number;
  }>(openApi, 'listIncidents');

  const router = Router();

  router.post('/v1/events', async (req, res) => {
    const auditorEvent = await auditor.createEvent({
      eventId: 'events-ingest',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const credentials = await authorizeServiceWrite(
        req,
        httpAuth,
        permissions,
        deliveryReliabilityEventsCreatePermission,
      );
      // Waiting requests leave their bodies unread in the socket, not in memory.
      const summary = await ingestionGate.run(async () => {
        const events = eventsOfBody(await parseJsonBody(req, res));
        assertEventCount(events.length, limits);
        return ingestion.ingest(events);
      });
      await auditorEvent.success({
        meta: {
          subject: credentials.principal.subject,
          ...summaryMeta(summary),
        },
      });
      res.status(200).json(summary);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });

  router.get(
    '/v1/entities/:kind/:namespace/:name/deployments',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const query = readDeploymentsQuery(req.query);
      res.json(
        await store.listDeployments(entityRefOfParams(req.params), query),
      );
    },
  );

  router.get(
    '/v1/entities/:kind/:namespace/:name/incidents',
    async (req, res) => {
      await httpAuth.credentials(req, { allow: ['user', 'service'] });
      const query = readIncidentsQuery(req.query);
      res.json(await store.listIncidents(entityRefOfParams(req.params), query));
    },
  );

  addDoraRoutes(router, {
    httpAuth,
    permissions,
    auditor,
    openApi,
    dora: options.dora.service,
    rollups: options.dora.rollups,
  });
  addSloRoutes(router, {
    httpAuth,
    permissions,
    auditor,
    openApi,
    ...options.slo,
  });
  addOverviewRoutes(router, {
    httpAuth,
    openApi,
    dora: options.dora.service,
    ...options.slo,
  });
  addComparisonRoutes(router, {
    httpAuth,
    permissions,
    openApi,
    comparison: options.comparison,
  });

  return router;
}
