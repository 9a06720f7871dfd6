import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { DayWindow, readDayWindow } from '../dora/doraWindow';
import { readEntityRefParam } from '../dora/readDoraQuery';
import { createQueryReader } from '../http/createQueryReader';
import { OpenApiDocument } from '../schema/openApiDocument';

/** A validated `/v1/verdict` request. @internal */
export interface VerdictQuery {
  /** Lower-case ref of a Component, System or Group. */
  entityRef: string;
  window: DayWindow;
  environment?: string;
}

/** A validated `/v1/deployment-burn` request. @internal */
export interface DeploymentBurnQuery {
  /** Lower-case ref of a Component. */
  entityRef: string;
  window: DayWindow;
}

interface RawParams {
  entityRef?: string;
  from?: string;
  to?: string;
  environment?: string;
}

/**
 * Readers of the overview routes' query parameters: types from
 * openapi.yaml, then the entity ref and the window exactly as `/v1/dora`
 * reads them (whole UTC days), so the overview and the DORA tiles agree.
 * Each failure is an `InputError` naming the parameter.
 * @internal
 */
export function createOverviewQueryReaders(openApi: OpenApiDocument) {
  const readVerdict = createQueryReader<RawParams>(openApi, 'getVerdict');
  const readBurn = createQueryReader<RawParams>(openApi, 'getDeploymentBurn');
  return {
    verdict(query: Record<string, unknown>): VerdictQuery {
      const raw = readVerdict(query);
      return {
        entityRef: readEntityRefParam(raw.entityRef),
        window: readDayWindow(raw),
        ...(raw.environment !== undefined && { environment: raw.environment }),
      };
    },
    deploymentBurn(query: Record<string, unknown>): DeploymentBurnQuery {
      const raw = readBurn(query);
      const entityRef = readEntityRefParam(raw.entityRef, 'any');
      // Deployments and SLO buckets belong to one service; a team's would
      // mix unrelated budgets.
      if (parseEntityRef(entityRef).kind !== 'component') {
        throw new InputError(
          `entityRef must name a Component (deployment burn is per service), got ${entityRef}`,
        );
      }
      return { entityRef, window: readDayWindow(raw) };
    },
  };
}
