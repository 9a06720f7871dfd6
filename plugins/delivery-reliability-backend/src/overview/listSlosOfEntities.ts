import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { SloSummary } from '@delivery-reliability/plugin-delivery-reliability-common';
import { runWithConcurrency } from '../slo/evaluation/runWithConcurrency';
import { listSloSummaries } from '../slo/routes/listSloSummaries';
import { SloReadContext } from '../slo/routes/SloReadContext';
import { unlessNotFound } from './unlessNotFound';

// Each entity reads its SLOs' buckets; a team of a hundred services must
// not open a hundred reads at once.
const CONCURRENCY = 8;

/**
 * Every SLO objective of `entityRefs`, evaluated now exactly as
 * `GET /v1/slos` evaluates them, in the order of `entityRefs`. An entity
 * the catalog does not hold counts as having no SLOs.
 * @internal
 */
export async function listSlosOfEntities(
  context: SloReadContext,
  entityRefs: readonly string[],
  credentials: BackstageCredentials,
  nowMs: number,
): Promise<SloSummary[]> {
  const lists = await runWithConcurrency(entityRefs, CONCURRENCY, ref =>
    unlessNotFound(
      listSloSummaries(context, ref, credentials, nowMs).then(r => r.slos),
      [],
    ),
  );
  return lists.flat();
}
