import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { deliveryReliabilityRollupsRebuildPermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import express from 'express';
import { authorizeServiceWrite } from '../http/authorizeServiceWrite';
import { RollupStore } from '../rollups/RollupStore';
import { OpenApiDocument } from '../schema/openApiDocument';
import { DoraService } from './DoraService';
import { createDoraQueryReaders, readEntityRefParam } from './readDoraQuery';

/** What the DORA routes need. @internal */
export interface DoraRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  openApi: OpenApiDocument;
  dora: DoraService;
  rollups: RollupStore;
}

/**
 * Adds `GET /v1/dora`, `GET /v1/dora/series` (user or service principal)
 * and `POST /v1/rollups/rebuild` (service principal with the
 * `delivery-reliability.rollups.rebuild` permission, audited) to `router`.
 * @internal
 */
export function addDoraRoutes(
  router: express.Router,
  options: DoraRouteOptions,
): void {
  const { httpAuth, permissions, auditor, dora, rollups } = options;
  const readQuery = createDoraQueryReaders(options.openApi);

  router.get('/v1/dora', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await dora.getDora(readQuery.dora(req.query), credentials));
  });

  router.get('/v1/dora/series', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await dora.getSeries(readQuery.series(req.query), credentials));
  });

  router.post('/v1/rollups/rebuild', async (req, res) => {
    const auditorEvent = await auditor.createEvent({
      eventId: 'rollups-rebuild',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const credentials = await authorizeServiceWrite(
        req,
        httpAuth,
        permissions,
        deliveryReliabilityRollupsRebuildPermission,
      );
      const entityRef =
        req.query.entityRef === undefined
          ? undefined
          : readEntityRefParam(req.query.entityRef, 'any');
      const summary = await rollups.rebuild({ entityRef });
      await auditorEvent.success({
        meta: { subject: credentials.principal.subject, entityRef, ...summary },
      });
      res.status(200).json(summary);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });
}
