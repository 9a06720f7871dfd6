import {
  DatabaseService,
  LoggerService,
  RootConfigService,
  SchedulerService,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  DeliveryReliabilityEventSourcesExtensionPoint,
  deliveryReliabilityEventSourcesExtensionPoint,
} from '../eventSources';
import {
  ModuleMigrations,
  applyModuleMigrations,
} from './applyModuleMigrations';
import { IncidentPollingSource } from './IncidentPollingSource';
import { IncidentScope } from './incidentScopes';
import { IncidentProvider } from './pollIncidents';
import { PollStateStore } from './PollStateStore';
import { IncidentSourceSettings } from './readIncidentSourceConfig';

/**
 * The `registerInit` deps {@link initIncidentPollingModule} uses; a module
 * spreads them into its own deps next to what its scopes need (catalog…).
 * @public
 */
export const incidentPollingModuleDeps = {
  config: coreServices.rootConfig,
  logger: coreServices.logger,
  scheduler: coreServices.scheduler,
  database: coreServices.database,
  eventSources: deliveryReliabilityEventSourcesExtensionPoint,
};

/** Options of {@link initIncidentPollingModule}. @public */
export interface InitIncidentPollingModuleOptions<
  S extends IncidentSourceSettings,
  T,
> {
  config: RootConfigService;
  logger: LoggerService;
  scheduler: SchedulerService;
  database: DatabaseService;
  eventSources: DeliveryReliabilityEventSourcesExtensionPoint;
  /** The module's settings; undefined when its config section is absent. */
  readSettings(config: RootConfigService): S | undefined;
  /** Logged once when unconfigured: which key turns the source on. */
  offMessage: string;
  migrations: ModuleMigrations;
  /** The cursor table the module's migrations create. */
  pollStateTable: string;
  createProvider(settings: S, logger: LoggerService): IncidentProvider<T>;
  /** The scopes to poll now, e.g. from catalog annotations. */
  listScopes(): Promise<IncidentScope[]>;
}

/**
 * The `registerInit` body of an incident pull-source module: stays off with
 * one log line while unconfigured, else migrates its cursor table and adds an
 * {@link IncidentPollingSource} over the module's provider.
 * @public
 */
export async function initIncidentPollingModule<
  S extends IncidentSourceSettings,
  T,
>(options: InitIncidentPollingModuleOptions<S, T>): Promise<void> {
  const { logger, database } = options;
  const settings = options.readSettings(options.config);
  if (!settings) {
    logger.info(options.offMessage);
    return;
  }
  await applyModuleMigrations(database, options.migrations);
  options.eventSources.addEventSource(
    new IncidentPollingSource({
      provider: options.createProvider(settings, logger),
      listScopes: options.listScopes,
      store: new PollStateStore(
        await database.getClient(),
        options.pollStateTable,
      ),
      scheduler: options.scheduler,
      logger,
      frequencyMinutes: settings.frequencyMinutes,
      backfillDays: settings.backfillDays,
      overlapMinutes: settings.overlapMinutes,
    }),
  );
}
