import { IngestSummary } from '@delivery-reliability/plugin-delivery-reliability-common';

/** The audit meta of an accepted batch. @internal */
export function summaryMeta(summary: IngestSummary) {
  return {
    received: summary.received,
    deployments: summary.deployments,
    changes: summary.changes,
    incidents: summary.incidents,
  };
}
