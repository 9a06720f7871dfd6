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
}
