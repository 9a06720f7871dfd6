import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  DeploymentBurnResponse,
  excludeMaintenanceWindows,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { Knex } from 'knex';
import { windowInfoOf } from '../dora/doraWindow';
import { runWithConcurrency } from '../slo/evaluation/runWithConcurrency';
import { objectivesOf } from '../slo/routes/objectivesOf';
import { SloReadContext } from '../slo/routes/SloReadContext';
import { listProductionDeployments } from './listProductionDeployments';
import { HOUR_MS, objectiveBurns } from './objectiveBurns';
import { DeploymentBurnQuery } from './readOverviewQueries';
import { stepStart, toDeploymentBurn } from './toDeploymentBurn';
import { unlessNotFound } from './unlessNotFound';

/** Most deployments one answer lists (the newest); documented in openapi.yaml. @internal */
export const MAX_BURN_DEPLOYMENTS = 500;

/** What {@link deploymentBurnOfEntity} computes from. @internal */
export interface DeploymentBurnSources {
  knex: Knex;
  slo: SloReadContext;
  productionEnvironments: readonly string[];
  thresholdRatio: number;
}

/**
 * For each production deployment of a component finished in the window
 * (newest first, at most {@link MAX_BURN_DEPLOYMENTS}), the error budget
 * each SLO objective consumed in the hour after it compared with the hour
 * before (see `objectiveBurns`). Each objective's stored buckets are read
 * once, over the deployments' span ± 1 h, with maintenance windows left
 * out as the budgets leave them out; Prometheus is not queried.
 * @internal
 */
export async function deploymentBurnOfEntity(
  sources: DeploymentBurnSources,
  query: DeploymentBurnQuery,
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<DeploymentBurnResponse> {
  const { entityRef, window } = query;
  const { slo } = sources;
  const [definitions, deployments] = await Promise.all([
    unlessNotFound(slo.definitions.forEntity(entityRef, { credentials }), {
      entityRef,
      slos: [],
      issues: [],
    }),
    listProductionDeployments(sources.knex, {
      entityRef,
      environments: sources.productionEnvironments,
      fromMs: window.fromMs,
      toMs: window.toMs,
      limit: MAX_BURN_DEPLOYMENTS,
    }),
  ]);
  const response = {
    entityRef,
    window: windowInfoOf(window),
    thresholdRatio: sources.thresholdRatio,
  };
  if (deployments.length === 0) return { ...response, deployments: [] };

  const objectives = objectivesOf(definitions.slos);
  const finishes = deployments.map(d => d.finishedAtMs);
  const states = await slo.buckets.readStates(
    entityRef,
    objectives.map(o => o.id),
  );
  const stepOf = (id: string) => states.get(id)?.stepMs ?? slo.settings.stepMs;
  const longestStepMs = Math.max(
    slo.settings.stepMs,
    ...objectives.map(o => stepOf(o.id)),
  );
  // Windows ending before the earliest hour-before cannot touch it.
  const maintenanceWindows = await slo.maintenance.rangesOf(
    entityRef,
    Math.min(...finishes) - longestStepMs - HOUR_MS,
  );

  const burns = await runWithConcurrency(objectives, 4, async objective => {
    const stepMs = stepOf(objective.id);
    const stepStartsMs = finishes.map(ms => stepStart(ms, stepMs));
    const stored = await slo.buckets.readBuckets(entityRef, objective.id, {
      fromMs: Math.min(...stepStartsMs) - HOUR_MS,
      toMs: Math.max(...stepStartsMs) + HOUR_MS,
    });
    return objectiveBurns({
      objective,
      buckets: excludeMaintenanceWindows(stored, maintenanceWindows, stepMs),
      stepStartsMs,
      thresholdRatio: sources.thresholdRatio,
    });
  });

  return {
    ...response,
    deployments: deployments.map((deployment, i) =>
      toDeploymentBurn(
        deployment,
        burns.map(perDeployment => perDeployment[i]),
        objectives.length
          ? objectives.map(o => stepOf(o.id))
          : [slo.settings.stepMs],
        nowMs,
      ),
    ),
  };
}
