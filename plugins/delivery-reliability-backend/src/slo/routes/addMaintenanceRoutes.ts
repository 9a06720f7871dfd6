import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { createJsonBodyParser } from '../../ingestion/parseJsonBody';
import { OpenApiDocument } from '../../schema/openApiDocument';
import { deliveryReliabilityMaintenanceCreatePermission } from '@delivery-reliability/plugin-delivery-reliability-common';
import { authorizeServiceWrite } from '../../http/authorizeServiceWrite';
import { createMaintenanceWindowReader } from '../maintenance/createMaintenanceWindowReader';
import { MaintenanceWindows } from '../maintenance/MaintenanceWindows';
import { toMaintenanceWindowView } from '../maintenance/types';
import { createSloQueryReaders } from './readSloQueries';

/** What {@link addMaintenanceRoutes} needs. @internal */
export interface MaintenanceRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  openApi: OpenApiDocument;
  maintenance: MaintenanceWindows;
  now: () => number;
}

// One window is a handful of short fields and a reason.
const MAINTENANCE_BODY_BYTES = 64 * 1024;

/**
 * Adds `GET /v1/maintenance-windows` (user or service principal) and
 * `POST` / `DELETE /v1/maintenance-windows[/:id]` (service principal with
 * the `delivery-reliability.maintenance.create` permission, audited).
 * @internal
 */
export function addMaintenanceRoutes(
  router: express.Router,
  options: MaintenanceRouteOptions,
): void {
  const { httpAuth, permissions, auditor, maintenance, now } = options;
  const readEntityRef = createSloQueryReaders(options.openApi).maintenance;
  const readWindow = createMaintenanceWindowReader(options.openApi);
  const parseJsonBody = createJsonBodyParser(MAINTENANCE_BODY_BYTES);

  router.get('/v1/maintenance-windows', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const entityRef = readEntityRef(req.query);
    const windows = await maintenance.forEntity(entityRef);
    res.json({ entityRef, windows: windows.map(toMaintenanceWindowView) });
  });

  router.post('/v1/maintenance-windows', async (req, res) => {
    const auditorEvent = await auditor.createEvent({
      eventId: 'maintenance-window-create',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const credentials = await authorizeServiceWrite(
        req,
        httpAuth,
        permissions,
        deliveryReliabilityMaintenanceCreatePermission,
      );
      const input = readWindow(await parseJsonBody(req, res));
      const subject = credentials.principal.subject;
      const view = toMaintenanceWindowView(
        await maintenance.record(input, subject, now()),
      );
      await auditorEvent.success({ meta: { subject, ...view } });
      res.status(201).json(view);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });

  router.delete('/v1/maintenance-windows/:id', async (req, res) => {
    const auditorEvent = await auditor.createEvent({
      eventId: 'maintenance-window-delete',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const credentials = await authorizeServiceWrite(
        req,
        httpAuth,
        permissions,
        deliveryReliabilityMaintenanceCreatePermission,
      );
      const deleted = await maintenance.remove(req.params.id);
      await auditorEvent.success({
        meta: {
          subject: credentials.principal.subject,
          ...toMaintenanceWindowView(deleted),
        },
      });
      res.status(204).end();
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });
}
