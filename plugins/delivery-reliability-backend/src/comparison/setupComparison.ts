import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readDoraSettings } from '../dora/doraConfig';
import { readVerdictSettings } from '../overview/readVerdictSettings';
import { RollupStore } from '../rollups/RollupStore';
import { readSloPolicies } from '../slo/policy/readSloPolicies';
import { SloStatusReader } from '../slo/status/types';
import { ComparisonService } from './ComparisonService';
import { SloStatusCatchUp } from './SloStatusCatchUp';

/**
 * A lead re-sorting or re-filtering the page within this time reuses their
 * catalog listing instead of listing thousands of entities again.
 */
const CATALOG_CACHE_TTL_MS = 30_000;
// Like GET /v1/slos' first sight: a page waits at most this for new SLOs.
const CATCH_UP_WAIT_MS = 20_000;

/** What {@link setupComparison} needs from the plugin's init. @internal */
export interface SetupComparisonOptions {
  config: Config;
  productionEnvironments: string[];
  catalog: CatalogService;
  rollups: RollupStore;
  sloStatus: SloStatusReader;
  /**
   * Entities with SLO definitions and evaluating one now (from setupSlos),
   * so entities whose SLOs have no stored status yet are evaluated first.
   */
  sloCatchUp?: {
    definitions: { listEntityRefs(): Promise<string[]> };
    evaluateFirstSight(entityRef: string): Promise<unknown>;
  };
}

/**
 * The team comparison, counting like `/v1/dora` (same production
 * environments, tier table and lead-time start), gating like `/v1/gate`
 * (same error-budget policies) and judging like `/v1/verdict`
 * (`deliveryReliability.verdict.*`). Reads its config now, so a bad value
 * stops the backend at start-up.
 * @internal
 */
export function setupComparison(
  options: SetupComparisonOptions,
): ComparisonService {
  return new ComparisonService({
    catalog: options.catalog,
    rollups: options.rollups,
    sloStatus: options.sloStatus,
    sloCatchUp:
      options.sloCatchUp &&
      new SloStatusCatchUp({
        reader: options.sloStatus,
        listEntityRefs: () => options.sloCatchUp!.definitions.listEntityRefs(),
        evaluateFirstSight: options.sloCatchUp.evaluateFirstSight,
        rememberMs: CATALOG_CACHE_TTL_MS,
        maxWaitMs: CATCH_UP_WAIT_MS,
      }),
    settings: readDoraSettings(options.config, options.productionEnvironments),
    policies: readSloPolicies(options.config),
    thresholds: readVerdictSettings(options.config).thresholds,
    catalogCacheTtlMs: CATALOG_CACHE_TTL_MS,
  });
}
