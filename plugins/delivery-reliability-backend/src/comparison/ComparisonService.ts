import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ComparisonResponse,
  VerdictThresholds,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DoraSettings } from '../dora/doraConfig';
import { DayWindow, previousWindowOf, windowInfoOf } from '../dora/doraWindow';
import { RollupStore } from '../rollups/RollupStore';
import { SloPolicies } from '../slo/policy/readSloPolicies';
import { SloStatusReader } from '../slo/status/types';
import { readCatalogOrg } from './catalogOrg';
import { serviceRowOf, teamRowOf } from './comparisonRows';
import { DoraReports } from './doraReports';
import { OrgCache } from './OrgCache';
import { scopeOf } from './orgTree';
import { rowInputsOf } from './rowInputs';
import { SloStatusCatchUp } from './SloStatusCatchUp';

/** A validated comparison request. @internal */
export interface ComparisonQuery {
  window: DayWindow;
  /** Counted as production instead of the configured environments. */
  environment?: string;
  /** Lower-case `group:namespace/name`: only this group and its descendants. */
  groupRef?: string;
}

/** Dependencies of {@link ComparisonService}. @internal */
export interface ComparisonServiceOptions {
  catalog: CatalogService;
  rollups: Pick<RollupStore, 'processMarks' | 'readRangeTotalsInParts'>;
  sloStatus: SloStatusReader;
  /** Evaluates compared entities with SLOs but no stored status first. */
  sloCatchUp?: SloStatusCatchUp;
  settings: DoraSettings;
  policies: SloPolicies;
  thresholds: VerdictThresholds;
  /** How long a principal's catalog listing is reused; 0 reads it every time. */
  catalogCacheTtlMs: number;
}

/**
 * Answers the team comparison: reads every Group and Component the caller
 * may see (one catalog call, see {@link OrgCache}), brings the rollups of
 * all compared components up to date (one call), reads their running
 * totals at the window's and the previous window's boundaries (a few
 * statements, each part totalled while the next is read; see
 * readRangeTotalsInParts), and reads the stored SLO statuses (one query).
 * Team figures are sums and merged samples of their components' totals
 * (see DoraReports) — never averages of per-service figures.
 * @internal
 */
export class ComparisonService {
  private readonly orgCache: OrgCache;

  constructor(private readonly options: ComparisonServiceOptions) {
    this.orgCache = new OrgCache(options.catalogCacheTtlMs);
  }

  async getComparison(
    query: ComparisonQuery,
    credentials: BackstageCredentials,
  ): Promise<ComparisonResponse> {
    const { catalog, rollups, settings } = this.options;
    const org = await this.orgCache.get(credentials, () =>
      readCatalogOrg(catalog, credentials),
    );
    if (query.groupRef && !org.groups.has(query.groupRef)) {
      throw new NotFoundError(
        `group ${query.groupRef} was not found in the catalog (or you may not see it)`,
      );
    }
    const scope = scopeOf(org, query.groupRef);
    const entityRefs = scope.services.map(s => s.entityRef);
    const environments = query.environment
      ? [query.environment]
      : settings.productionEnvironments;
    const previousWindow = previousWindowOf(query.window);

    const dora = new DoraReports(
      scope,
      [query.window, previousWindow],
      settings.tierTable,
    );
    const readDora = async () => {
      await rollups.processMarks(entityRefs);
      await rollups.readRangeTotalsInParts(
        {
          entityRefs,
          environments,
          ranges: [query.window, previousWindow],
          byEntity: true,
        },
        (totals, refs) => dora.addComponents(totals, refs),
      );
    };
    const { sloCatchUp, sloStatus } = this.options;
    const [, status] = await Promise.all([
      readDora(),
      sloCatchUp
        ? sloCatchUp.readAll(new Set(entityRefs))
        : sloStatus.readAll(),
    ]);
    const inputs = rowInputsOf({
      scope,
      dora: dora.finish(),
      sloRows: status.rows,
      policies: this.options.policies,
      thresholds: this.options.thresholds,
    });
    const { tierTable } = settings;
    return {
      environments,
      leadTimeStart: settings.leadTimeStart,
      tierTable: {
        id: tierTable.id,
        year: tierTable.year,
        name: tierTable.name,
        source: tierTable.source,
      },
      window: windowInfoOf(query.window),
      previousWindow: windowInfoOf(previousWindow),
      thresholds: this.options.thresholds,
      sloStatusAsOf:
        status.asOfMs === null ? null : new Date(status.asOfMs).toISOString(),
      teams: scope.teams.map(team => teamRowOf(team, inputs)),
      services: scope.services.map(service => serviceRowOf(service, inputs)),
    };
  }
}
