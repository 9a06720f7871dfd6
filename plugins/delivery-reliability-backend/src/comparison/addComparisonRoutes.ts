import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  deliveryReliabilityComparisonReadPermission,
  toComparisonCsv,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import express from 'express';
import { OpenApiDocument } from '../schema/openApiDocument';
import { ComparisonService } from './ComparisonService';
import { createComparisonQueryReader } from './readComparisonQuery';

/** What the comparison routes need. @internal */
export interface ComparisonRouteOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  openApi: OpenApiDocument;
  comparison: Pick<ComparisonService, 'getComparison'>;
}

const permission = deliveryReliabilityComparisonReadPermission;

function callerOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? 'the caller';
}

/**
 * Adds `GET /v1/comparison` (JSON) and `GET /v1/comparison.csv` (the same
 * rows as a CSV download) to `router`. Both need a user or service token and
 * the `delivery-reliability.comparison.read` permission (403 naming it
 * otherwise); reads are not audited.
 * @internal
 */
export function addComparisonRoutes(
  router: express.Router,
  options: ComparisonRouteOptions,
): void {
  const { httpAuth, permissions, comparison } = options;
  const readQuery = createComparisonQueryReader(options.openApi);

  const answer = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Permission ${permission.name} was denied to ${callerOf(
          credentials,
        )}: the team comparison is for leads the permission policy allows`,
      );
    }
    return comparison.getComparison(readQuery(req.query), credentials);
  };

  router.get('/v1/comparison', async (req, res) => {
    res.json(await answer(req));
  });

  router.get('/v1/comparison.csv', async (req, res) => {
    const body = await answer(req);
    const day = (iso: string) => iso.slice(0, 10);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(
        `delivery-reliability-comparison_${day(body.window.from)}_${day(
          body.window.to,
        )}.csv`,
      )
      .send(toComparisonCsv([...body.teams, ...body.services]));
  });
}
