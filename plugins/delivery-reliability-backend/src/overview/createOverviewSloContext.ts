import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { SloDefinitionsService } from '../slo/contracts';
import { KnexMaintenanceWindowStore } from '../slo/maintenance/KnexMaintenanceWindowStore';
import { MaintenanceWindows } from '../slo/maintenance/MaintenanceWindows';
import { readConfiguredWindows } from '../slo/maintenance/readConfiguredWindows';
import { readSloPolicies } from '../slo/policy/readSloPolicies';
import { SloReadContext } from '../slo/routes/SloReadContext';
import { readSloReadSettings } from '../slo/routes/readSloReadSettings';
import { KnexSliBucketReader } from '../slo/store/KnexSliBucketReader';

/** What {@link createOverviewSloContext} builds from. @internal */
export interface OverviewSloSources {
  config: Config;
  knex: Knex;
  definitions: SloDefinitionsService;
  evaluateFirstSight?: (entityRef: string) => Promise<unknown>;
}

/**
 * The same SLO read context the SLO routes use — stored buckets, config and
 * API maintenance windows, policies, step and staleness — so the overview
 * sees exactly the statuses and buckets the SLO tab shows.
 * @internal
 */
export function createOverviewSloContext(
  sources: OverviewSloSources,
): SloReadContext {
  const { config, knex } = sources;
  return {
    definitions: sources.definitions,
    buckets: new KnexSliBucketReader(knex),
    maintenance: new MaintenanceWindows(
      readConfiguredWindows(config),
      new KnexMaintenanceWindowStore(knex),
    ),
    policies: readSloPolicies(config),
    settings: readSloReadSettings(config),
    evaluateFirstSight: sources.evaluateFirstSight,
  };
}
