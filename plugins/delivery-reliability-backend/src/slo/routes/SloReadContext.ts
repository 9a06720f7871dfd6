import { SliBucketReader, SloDefinitionsService } from '../contracts';
import { MaintenanceWindows } from '../maintenance/MaintenanceWindows';
import { SloPolicies } from '../policy/readSloPolicies';
import { SloReadSettings } from './readSloReadSettings';

/** Everything the SLO read routes compute from. @internal */
export interface SloReadContext {
  definitions: SloDefinitionsService;
  buckets: SliBucketReader;
  maintenance: MaintenanceWindows;
  policies: SloPolicies;
  settings: SloReadSettings;
  /**
   * Evaluates an entity's never-evaluated objectives now (first sight)
   * instead of leaving them empty until the next scheduled cycle.
   */
  evaluateFirstSight?: (entityRef: string) => Promise<unknown>;
}
