import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DeliveryEventSink,
  DeliveryEventSource,
} from '@delivery-reliability/plugin-delivery-reliability-node';
import { GithubSourceConfig } from './config';
import { findAnnotatedEntities } from './findAnnotatedEntities';
import { GithubApi } from './github/GithubApi';
import { SyncStateStore } from './state/types';
import { syncRepositories } from './sync/syncRepositories';
import { toRepositoryTargets } from './targets';

/** Dependencies of {@link GithubEventSource}. @public */
export interface GithubEventSourceOptions {
  config: GithubSourceConfig;
  /** Root config, for `integrations.github`. */
  rootConfig: Config;
  catalog: CatalogService;
  auth: AuthService;
  scheduler: SchedulerService;
  logger: LoggerService;
  /** @internal */
  store: SyncStateStore;
  /** Replaceable in tests, so rate-limit backoff does not slow them. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Pulls deployments and merged pull requests of every entity annotated with
 * `github.com/project-slug`, on a schedule shared by all backend replicas.
 * @public
 */
export class GithubEventSource implements DeliveryEventSource {
  readonly id = 'github';
  readonly #options: GithubEventSourceOptions;
  // Lives across runs: its ETag cache is what makes quiet repositories free.
  readonly #api: GithubApi;

  constructor(options: GithubEventSourceOptions) {
    this.#options = options;
    this.#api = new GithubApi({ logger: options.logger, sleep: options.sleep });
  }

  async connect(sink: DeliveryEventSink): Promise<void> {
    const { scheduler, config } = this.#options;
    await scheduler.scheduleTask({
      id: 'delivery-reliability-github-sync',
      frequency: { minutes: config.frequencyMinutes },
      // A first backfill of many repositories can take hours of rate-limit
      // budget; on timeout the run stops between repositories.
      timeout: { hours: 6 },
      scope: 'global',
      fn: signal => this.sync(sink, signal),
    });
  }

  /** One sync of all annotated repositories. */
  async sync(sink: DeliveryEventSink, signal?: AbortSignal): Promise<void> {
    const { config, rootConfig, catalog, auth, logger, store } = this.#options;
    const integrations = ScmIntegrations.fromConfig(rootConfig);
    const integration = integrations.github.byHost(config.host);
    if (!integration) {
      logger.error(
        `No integrations.github entry for host ${config.host}; add one (token or GitHub App) or set deliveryReliability.github.host`,
      );
      return;
    }
    const credentials =
      DefaultGithubCredentialsProvider.fromIntegrations(integrations);
    const entities = await findAnnotatedEntities(catalog, auth);
    const targets = toRepositoryTargets(entities, (ref, reason) =>
      logger.warn(`GitHub source skips ${ref}: ${reason}`),
    );
    const before = { ...this.#api.stats };
    const { failed } = await syncRepositories({
      targets,
      api: this.#api,
      host: config.host,
      apiBaseUrl: integration.config.apiBaseUrl ?? 'https://api.github.com',
      headersFor: async url =>
        (await credentials.getCredentials({ url })).headers ?? {},
      store,
      sink,
      logger,
      backfillDays: config.backfillDays,
      environmentByGithubName: config.environmentByGithubName,
      maxConcurrentRepositories: config.maxConcurrentRepositories,
      nowMs: Date.now(),
      signal,
    });
    const stats = this.#api.stats;
    logger.info(
      `GitHub sync of ${targets.length} repositories done (${failed} failed): ` +
        `${stats.requests - before.requests} requests, ${
          stats.notModified - before.notModified
        } not modified, ` +
        `${stats.rateLimitWaits - before.rateLimitWaits} rate-limit waits`,
    );
  }
}
