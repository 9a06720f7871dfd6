import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { SliBucketReader, SloDefinitionsService } from '../contracts';
import { KnexMaintenanceWindowStore } from '../maintenance/KnexMaintenanceWindowStore';
import { MaintenanceWindows } from '../maintenance/MaintenanceWindows';
import { readConfiguredWindows } from '../maintenance/readConfiguredWindows';
import { readSloPolicies } from '../policy/readSloPolicies';
import { KnexSliBucketReader } from '../store/KnexSliBucketReader';
import { SloReadContext } from './SloReadContext';
import { readSloReadSettings } from './readSloReadSettings';

/** What {@link createSloReadContext} builds from. @internal */
export interface SloReadContextSources {
  /** Policies, maintenance windows, step and staleness are read from it. */
  config: Config;
  knex: Knex;
  definitions: SloDefinitionsService;
  /** Default: {@link KnexSliBucketReader} over `knex`. */
  buckets?: SliBucketReader;
  /** Default: config windows plus the stored ones. */
  maintenance?: MaintenanceWindows;
  /** See `SloReadContext.evaluateFirstSight`; absent = no first-sight evaluation. */
  evaluateFirstSight?: (entityRef: string) => Promise<unknown>;
}

/**
 * The one way an SLO read context is built — for `GET /v1/slos` and the
 * gate, the overview's verdict and burn, and the status snapshot — so they
 * all see the same buckets, maintenance windows, policies and settings.
 * Reads its config now: a bad value stops the backend at start-up.
 * @internal
 */
export function createSloReadContext(
  sources: SloReadContextSources,
): SloReadContext {
  const { config, knex } = sources;
  return {
    definitions: sources.definitions,
    buckets: sources.buckets ?? new KnexSliBucketReader(knex),
    maintenance:
      sources.maintenance ??
      new MaintenanceWindows(
        readConfiguredWindows(config),
        new KnexMaintenanceWindowStore(knex),
      ),
    policies: readSloPolicies(config),
    settings: readSloReadSettings(config),
    evaluateFirstSight: sources.evaluateFirstSight,
  };
}
