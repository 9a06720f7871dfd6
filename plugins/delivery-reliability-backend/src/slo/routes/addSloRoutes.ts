import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import express from 'express';
import { Knex } from 'knex';
import { OpenApiDocument } from '../../schema/openApiDocument';
import { SliBucketReader, SloDefinitionsService } from '../contracts';
import { KnexMaintenanceWindowStore } from '../maintenance/KnexMaintenanceWindowStore';
import { MaintenanceWindows } from '../maintenance/MaintenanceWindows';
import { readConfiguredWindows } from '../maintenance/readConfiguredWindows';
import { KnexSliBucketReader } from '../store/KnexSliBucketReader';
import { addMaintenanceRoutes } from './addMaintenanceRoutes';
import { addSloReadRoutes } from './addSloReadRoutes';
import { createSloReadContext } from './createSloReadContext';

/** What {@link addSloRoutes} needs. @internal */
export interface SloRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  openApi: OpenApiDocument;
  /** Root config: policies, maintenance windows, step and staleness are read from it. */
  config: Config;
  /** The plugin's database (tables of migration 20261122120000_slos.js). */
  knex: Knex;
  definitions: SloDefinitionsService;
  /** Default: {@link KnexSliBucketReader} over `knex`. */
  buckets?: SliBucketReader;
  /** See `SloReadContext.evaluateFirstSight`. */
  evaluateFirstSight?: (entityRef: string) => Promise<unknown>;
  /** Clock of every evaluation; default `Date.now`. */
  now?: () => number;
}

/**
 * Adds the SLO read API, the release gate and the maintenance-window API to
 * `router`. Reads `deliveryReliability.slo.policy`, `.policies`,
 * `.maintenanceWindows`, `.stepMinutes` and `.staleAfterMinutes` now, so a
 * bad value stops the backend at start-up with a message naming the key.
 * @internal
 */
export function addSloRoutes(
  router: express.Router,
  options: SloRouteOptions,
): void {
  const { httpAuth, permissions, auditor, openApi, config, knex } = options;
  const now = options.now ?? Date.now;
  const maintenance = new MaintenanceWindows(
    readConfiguredWindows(config),
    new KnexMaintenanceWindowStore(knex),
  );
  addSloReadRoutes(router, {
    httpAuth,
    auditor,
    openApi,
    now,
    context: createSloReadContext({ ...options, maintenance }),
  });
  addMaintenanceRoutes(router, {
    httpAuth,
    permissions,
    auditor,
    openApi,
    maintenance,
    now,
  });
}
