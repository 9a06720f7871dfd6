import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { readDeliveryReliabilityConfig } from '../config';
import { DoraService } from '../dora/DoraService';
import { OpenApiDocument } from '../schema/openApiDocument';
import {
  SloReadContextSources,
  createSloReadContext,
} from '../slo/routes/createSloReadContext';
import { deploymentBurnOfEntity } from './deploymentBurnOfEntity';
import { createOverviewQueryReaders } from './readOverviewQueries';
import { readVerdictSettings } from './readVerdictSettings';
import { verdictOfEntity } from './verdictOfEntity';

/** What {@link addOverviewRoutes} needs. @internal */
export interface OverviewRouteOptions extends SloReadContextSources {
  httpAuth: HttpAuthService;
  openApi: OpenApiDocument;
  dora: DoraService;
  /** Clock of SLO evaluation and of `complete`; default `Date.now`. */
  now?: () => number;
}

/**
 * Adds `GET /v1/verdict` and `GET /v1/deployment-burn` (user or service
 * principal). Reads `deliveryReliability.verdict.*` now, so a bad value
 * stops the backend at start-up with a message naming the key.
 * @internal
 */
export function addOverviewRoutes(
  router: express.Router,
  options: OverviewRouteOptions,
): void {
  const { httpAuth, dora } = options;
  const now = options.now ?? Date.now;
  const settings = readVerdictSettings(options.config);
  const { productionEnvironments } = readDeliveryReliabilityConfig(
    options.config,
  );
  const slo = createSloReadContext(options);
  const read = createOverviewQueryReaders(options.openApi);
  const allow: Array<'user' | 'service'> = ['user', 'service'];

  router.get('/v1/verdict', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow });
    const query = read.verdict(req.query);
    res.json(
      await verdictOfEntity({ dora, slo, settings }, query, credentials, now()),
    );
  });

  router.get('/v1/deployment-burn', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow });
    const query = read.deploymentBurn(req.query);
    res.json(
      await deploymentBurnOfEntity(
        {
          knex: options.knex,
          slo,
          productionEnvironments,
          thresholdRatio: settings.deploymentBurnThresholdRatio,
        },
        query,
        credentials,
        now(),
      ),
    );
  });
}
