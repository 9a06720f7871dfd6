import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  SloStatusCounts,
  SloSummary,
  VerdictResponse,
  decideVerdict,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { DoraService } from '../dora/DoraService';
import { SloReadContext } from '../slo/routes/SloReadContext';
import { listSlosOfEntities } from './listSlosOfEntities';
import { VerdictQuery } from './readOverviewQueries';
import { VerdictSettings } from './readVerdictSettings';

/** What {@link verdictOfEntity} computes from. @internal */
export interface VerdictSources {
  dora: DoraService;
  slo: SloReadContext;
  settings: VerdictSettings;
}

/** How many objectives are in each status. @internal */
export function countSloStatuses(
  slos: readonly Pick<SloSummary, 'status'>[],
): SloStatusCounts {
  const counts: SloStatusCounts = {
    ok: 0,
    'at-risk': 0,
    frozen: 0,
    'no-data': 0,
  };
  for (const slo of slos) counts[slo.status] += 1;
  return counts;
}

/**
 * The ship-or-stabilise verdict of a Component, System or Group: its DORA
 * report over the window (from `DoraService`, so the same components and
 * counts as `/v1/dora`) and the current status of every SLO objective of
 * those components — plus the System's or Group's own SLOs, if it has any
 * — decided by `decideVerdict` under the configured thresholds.
 * @internal
 */
export async function verdictOfEntity(
  sources: VerdictSources,
  query: VerdictQuery,
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<VerdictResponse> {
  const single = parseEntityRef(query.entityRef).kind === 'component';
  // A component's first look backfills its new SLOs (as the SLO tab does);
  // a team's hundred services are read as stored, not backfilled inline.
  const context: SloReadContext = single
    ? sources.slo
    : { ...sources.slo, evaluateFirstSight: undefined };
  const doraRead = sources.dora.getDora(query, credentials);
  // A component's SLOs are read alongside its DORA report; a team's wait for
  // the components DORA resolved through the catalog.
  const slosRead = single
    ? listSlosOfEntities(context, [query.entityRef], credentials, nowMs)
    : doraRead.then(d =>
        listSlosOfEntities(
          context,
          [query.entityRef, ...d.entityRefs],
          credentials,
          nowMs,
        ),
      );
  const [dora, slos] = await Promise.all([doraRead, slosRead]);
  const { thresholds } = sources.settings;
  const verdict = decideVerdict(
    {
      dora: dora.metrics,
      slos: slos.map(s => ({
        name: single ? s.id : `${s.entityRef} ${s.id}`,
        status: s.status,
        budgetRemainingRatio: s.budgetRemainingRatio,
      })),
    },
    thresholds,
  );
  return {
    entityRef: query.entityRef,
    window: dora.window,
    verdict,
    thresholds,
    dora: dora.metrics,
    sloStatusCounts: countSloStatuses(slos),
  };
}
