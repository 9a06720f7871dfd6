import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { SloDefinitionsService } from '../contracts';
import { KnexMaintenanceWindowStore } from '../maintenance/KnexMaintenanceWindowStore';
import { MaintenanceWindows } from '../maintenance/MaintenanceWindows';
import { readConfiguredWindows } from '../maintenance/readConfiguredWindows';
import { readSloPolicies } from '../policy/readSloPolicies';
import { SloReadContext } from '../routes/SloReadContext';
import { readSloReadSettings } from '../routes/readSloReadSettings';
import { KnexSliBucketReader } from '../store/KnexSliBucketReader';

/**
 * The read context the status refresh computes with: the same parts, from
 * the same config, as the one `addSloRoutes` gives `GET /v1/slos`, so the
 * snapshot matches what the API answers. Every part is stateless over the
 * database and config, so two copies cannot disagree. It has no first-sight
 * evaluation on purpose: the refresh runs right after an evaluation, and
 * an objective with no source would otherwise start another one, forever.
 * @internal
 */
export function createStatusReadContext(options: {
  knex: Knex;
  config: Config;
  definitions: SloDefinitionsService;
}): SloReadContext {
  const { knex, config } = options;
  return {
    definitions: options.definitions,
    buckets: new KnexSliBucketReader(knex),
    maintenance: new MaintenanceWindows(
      readConfiguredWindows(config),
      new KnexMaintenanceWindowStore(knex),
    ),
    policies: readSloPolicies(config),
    settings: readSloReadSettings(config),
  };
}
