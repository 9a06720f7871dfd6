import { TestDatabases } from '@backstage/backend-test-utils';
import { comparisonCatalog } from './__fixtures__/comparisonCatalog';
import {
  comparisonEvents,
  comparisonSloStatus,
  week,
} from './__fixtures__/comparisonEvents';
import { startComparisonTest } from './__testUtils__/startComparisonTest';

jest.setTimeout(60_000);

describe('GET /v1/comparison.csv', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'downloads the rows of the comparison as CSV, teams first, %p',
    async databaseId => {
      const { get, ingest, writeSloStatus } = await startComparisonTest(
        databases,
        databaseId,
        { entities: comparisonCatalog },
      );
      await ingest(comparisonEvents);
      await writeSloStatus(comparisonSloStatus);

      const res = await get('/v1/comparison.csv', {
        ...week,
        group: 'group:default/payments-core',
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="delivery-reliability-comparison_2026-03-02_2026-03-09.csv"',
      );
      // payments-core owns svc-core alone: 2 deployments in 7 days =
      // 0.286/day (high); lead times 10 h and 200 h, p50 10 h (elite); none
      // failed (0 %, elite; no recovery time); 2 SLOs, 1 with data, frozen
      // and not met (0 %); the gate denies; its owner column is its parent.
      const figures =
        '2,0.286,high,10,elite,0,elite,,,0,2,1,0,0,1,0,1,0,deny,stabilise,stabilise: 1 SLO frozen';
      expect(res.text).toBe(
        [
          'kind,entityRef,title,owner,system,deployments,deploymentsPerDay,' +
            'deploymentFrequencyTier,leadTimeP50Hours,leadTimeTier,' +
            'changeFailureRatePercent,changeFailureRateTier,recoveryP50Hours,' +
            'recoveryTier,reworkRatePercent,slos,slosWithData,slosMet,' +
            'sloAttainmentPercent,frozen,atRisk,noData,ok,gate,verdict,verdictHeadline',
          `group,group:default/payments-core,,group:default/payments,,${figures}`,
          `component,component:default/svc-core,,group:default/payments-core,system:default/shop,${figures}`,
          '',
        ].join('\r\n'),
      );
    },
  );
});
