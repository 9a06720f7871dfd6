import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DoraCountingRules,
  DoraResponse,
  DoraSeriesResponse,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  RollupTotals,
  addTotals,
  emptyTotals,
} from '../rollups/readRollupTotals';
import { RollupStore } from '../rollups/RollupStore';
import { DoraSettings } from './doraConfig';
import { reportOfTotals } from './doraReport';
import {
  DayWindow,
  previousWindowOf,
  seriesBuckets,
  windowInfoOf,
} from './doraWindow';
import { resolveComponentRefs } from './resolveComponents';

/** A validated `/v1/dora` request. @internal */
export interface DoraQuery {
  /** Lower-case `kind:namespace/name` of a Component, System or Group. */
  entityRef: string;
  window: DayWindow;
  environment?: string;
  breakdown?: boolean;
}

/** A validated `/v1/dora/series` request. @internal */
export interface DoraSeriesQuery extends Omit<DoraQuery, 'breakdown'> {
  bucket: 'week' | 'month';
}

/** Dependencies of {@link DoraService}. @internal */
export interface DoraServiceOptions {
  rollups: RollupStore;
  catalog: CatalogService;
  settings: DoraSettings;
}

/**
 * Answers the DORA read API from the rollups: resolves the entity to its
 * components, brings their rollups up to date with every stored batch
 * (read-your-writes), then sums and merges rollup rows.
 * @internal
 */
export class DoraService {
  constructor(private readonly options: DoraServiceOptions) {}

  async getDora(
    query: DoraQuery,
    credentials: BackstageCredentials,
  ): Promise<DoraResponse> {
    const entityRefs = await this.componentsOf(query.entityRef, credentials);
    const previousWindow = previousWindowOf(query.window);
    const [current, previous] = await this.options.rollups.readTotals({
      entityRefs,
      environments: this.environmentsOf(query.environment),
      ranges: [query.window, previousWindow],
      byEntity: Boolean(query.breakdown),
    });
    const total = (totals: Map<string, RollupTotals>) => {
      if (!query.breakdown) return totals.get('') ?? emptyTotals();
      const sum = emptyTotals();
      for (const entityTotals of totals.values()) addTotals(sum, entityTotals);
      return sum;
    };
    const { tierTable } = this.options.settings;
    return {
      entityRef: query.entityRef,
      entityRefs,
      ...this.rulesOf(query.environment),
      window: windowInfoOf(query.window),
      metrics: reportOfTotals(total(current), query.window, tierTable),
      previousWindow: windowInfoOf(previousWindow),
      previous: reportOfTotals(total(previous), previousWindow, tierTable),
      ...(query.breakdown && {
        breakdown: entityRefs.map(entityRef => ({
          entityRef,
          metrics: reportOfTotals(
            current.get(entityRef) ?? emptyTotals(),
            query.window,
            tierTable,
          ),
        })),
      }),
    };
  }

  async getSeries(
    query: DoraSeriesQuery,
    credentials: BackstageCredentials,
  ): Promise<DoraSeriesResponse> {
    const entityRefs = await this.componentsOf(query.entityRef, credentials);
    const buckets = seriesBuckets(query.window, query.bucket);
    const totals = await this.options.rollups.readTotals({
      entityRefs,
      environments: this.environmentsOf(query.environment),
      ranges: buckets,
      byEntity: false,
    });
    return {
      entityRef: query.entityRef,
      entityRefs,
      ...this.rulesOf(query.environment),
      bucket: query.bucket,
      points: buckets.map((bucket, i) => ({
        window: windowInfoOf(bucket),
        metrics: reportOfTotals(
          totals[i].get('') ?? emptyTotals(),
          bucket,
          this.options.settings.tierTable,
        ),
      })),
    };
  }

  private async componentsOf(
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
    const entityRefs = await resolveComponentRefs(
      this.options.catalog,
      credentials,
      entityRef,
    );
    await this.options.rollups.processMarks(entityRefs);
    return entityRefs;
  }

  private environmentsOf(environment: string | undefined): string[] {
    return environment
      ? [environment]
      : this.options.settings.productionEnvironments;
  }

  private rulesOf(environment: string | undefined): DoraCountingRules {
    const { tierTable, leadTimeStart } = this.options.settings;
    return {
      environments: this.environmentsOf(environment),
      leadTimeStart,
      tierTable: {
        id: tierTable.id,
        year: tierTable.year,
        name: tierTable.name,
        source: tierTable.source,
      },
    };
  }
}
