import {
  DoraMetricsReport,
  DoraTierTable,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { reportOfTotals } from '../dora/doraReport';
import { DayWindow } from '../dora/doraWindow';
import { RangeTotals } from '../rollups/RangeTotals';
import {
  RollupTotals,
  addTotals,
  emptyTotals,
} from '../rollups/readRollupTotals';
import { OrgScope } from './orgTree';
import {
  TeamTotalsPlan,
  mergeChildTeams,
  teamTotalsPlanOf,
} from './teamTotals';

/** A row's DORA metrics over the window and over the previous one. @internal */
export interface RowDora {
  dora: DoraMetricsReport;
  previous: DoraMetricsReport;
}

/**
 * The DORA metrics of every compared component and team, for the window
 * (range 0 of the totals) and the previous one (range 1). Components are
 * added as their rollups are read: each is totalled in two reused
 * accumulators, reported, and added to its teams' sums before the next,
 * so a thousand services never hold a thousand sets of bucket counts at
 * once. Team figures are sums and merged samples of their components'
 * (see teamTotalsPlanOf), never averages of per-service figures.
 * @internal
 */
export class DoraReports {
  private readonly plan: TeamTotalsPlan;
  private readonly teamSums: Map<string, RollupTotals[]>;
  private readonly component = [emptyTotals(), emptyTotals()];
  private readonly reports = new Map<string, RowDora>();

  constructor(
    private readonly scope: OrgScope,
    private readonly windows: readonly [DayWindow, DayWindow],
    private readonly tierTable: DoraTierTable,
  ) {
    this.plan = teamTotalsPlanOf(scope.teams);
    this.teamSums = new Map(
      scope.teams.map(t => [t.group.entityRef, [emptyTotals(), emptyTotals()]]),
    );
  }

  /** Reports the components `entityRefs`, whose rollups `totals` holds. */
  addComponents(totals: RangeTotals, entityRefs: readonly string[]): void {
    for (const ref of entityRefs) {
      totals.fillAll(ref, this.component);
      this.reports.set(ref, this.report(this.component));
      for (const team of this.plan.teamsOf(ref)) {
        this.teamSums
          .get(team)!
          .forEach((sum, range) => addTotals(sum, this.component[range]));
      }
    }
  }

  /**
   * Every component's and team's metrics, keyed by ref (their kinds
   * differ), once all components were added; one never added had no events.
   */
  finish(): Map<string, RowDora> {
    for (const { entityRef } of this.scope.services) {
      if (!this.reports.has(entityRef))
        this.reports.set(
          entityRef,
          this.report([emptyTotals(), emptyTotals()]),
        );
    }
    for (const range of [0, 1]) {
      const sums = new Map(
        [...this.teamSums].map(([ref, pair]) => [ref, pair[range]]),
      );
      mergeChildTeams(this.plan, sums);
    }
    for (const [ref, pair] of this.teamSums)
      this.reports.set(ref, this.report(pair));
    return this.reports;
  }

  private report(pair: readonly RollupTotals[]): RowDora {
    return {
      dora: reportOfTotals(pair[0], this.windows[0], this.tierTable),
      previous: reportOfTotals(pair[1], this.windows[1], this.tierTable),
    };
  }
}
