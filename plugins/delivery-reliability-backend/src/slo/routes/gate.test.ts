import { TestDatabases } from '@backstage/backend-test-utils';
import { BASE, asService, asUser } from '../../__testUtils__/startTestPlugin';
import { availabilitySlo, brokenSlo } from './__testUtils__/sloDocuments';
import {
  NOW,
  checkoutBuckets,
  startSloTest,
  steadyBuckets,
} from './__testUtils__/startSloTest';

jest.setTimeout(60_000);

const documents = {
  'component:default/checkout': [availabilitySlo('checkout', 'Checkout')],
  'component:default/payments': [availabilitySlo('payments', 'Payments')],
  'component:default/ledger': [availabilitySlo('ledger', 'Ledger')],
  'component:default/search': [availabilitySlo('search', 'Search')],
  'component:default/docs': [],
  'component:default/misconfigured': [brokenSlo],
};
const config = {
  deliveryReliability: {
    slo: {
      policies: [
        { entityRef: 'ledger', freezeExemptChangeTypes: ['security'] },
      ],
    },
  },
};

describe('GET /v1/gate', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(databaseId: any) {
    const started = await startSloTest(databases, databaseId, {
      documents,
      config,
    });
    const { insertBuckets } = started;
    await insertBuckets(
      'component:default/checkout',
      'checkout',
      checkoutBuckets(),
    );
    // 1,500 bad of 100,000: 1 − 0.015 / 0.01 = −0.5 left → frozen.
    await insertBuckets(
      'component:default/payments',
      'payments',
      steadyBuckets(1_500),
    );
    await insertBuckets(
      'component:default/ledger',
      'ledger',
      steadyBuckets(1_500),
    );
    // 800 bad of 100,000: 1 − 0.008 / 0.01 = 0.2 left < 0.25 → at risk.
    await insertBuckets(
      'component:default/search',
      'search',
      steadyBuckets(800),
    );
    const gate = async (query: string, as: Record<string, string> = asUser) =>
      started.http.get(`${BASE}/v1/gate?${query}`).set(as);
    return { ...started, gate };
  }

  it.each(databases.eachSupportedId())(
    'allows an ok SLO, denies a feature during a freeze and lets a hotfix pass it, %p',
    async databaseId => {
      const { gate, audits } = await start(databaseId);

      const ok = await gate('entityRef=checkout');
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        entityRef: 'component:default/checkout',
        changeType: 'feature',
        evaluatedAt: new Date(NOW).toISOString(),
        decision: 'allow',
        status: 'ok',
        reasons: ['the SLO is within its error budget'],
        slos: [
          {
            id: 'checkout',
            name: 'Checkout',
            status: 'ok',
            alertState: 'none',
          },
        ],
      });

      const frozen = await gate('entityRef=payments&changeType=feature');
      expect(frozen.body).toMatchObject({
        decision: 'deny',
        status: 'frozen',
        reasons: [
          'SLO "Payments" has spent its error budget (-50% left): feature releases are frozen until it recovers',
        ],
      });
      expect(frozen.body.slos[0].budgetRemainingRatio).toBeCloseTo(-0.5, 10);

      const hotfix = await gate(
        'entityRef=payments&changeType=hotfix',
        asService,
      );
      expect(hotfix.body).toMatchObject({
        changeType: 'hotfix',
        decision: 'allow',
        status: 'frozen',
        reasons: [
          'SLO "Payments" has spent its error budget (-50% left); allowed because hotfix changes may pass a freeze',
        ],
      });

      // Every decision is audited, with who asked and why.
      const gateAudits = audits.filter(
        a => a.options.eventId === 'release-gate',
      );
      expect(gateAudits.map(a => a.status)).toEqual([
        'succeeded',
        'succeeded',
        'succeeded',
      ]);
      expect(gateAudits[1].meta).toEqual({
        entityRef: 'component:default/payments',
        changeType: 'feature',
        decision: 'deny',
        status: 'frozen',
        reasons: frozen.body.reasons,
        subject: 'user:default/mock',
      });
      expect(gateAudits[2].meta).toMatchObject({
        changeType: 'hotfix',
        decision: 'allow',
        subject: 'external:test-service',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'warns on an at-risk SLO, follows the entity policy and gates entities without SLOs as no-data, %p',
    async databaseId => {
      const { gate, http } = await start(databaseId);

      expect((await gate('entityRef=search')).body).toMatchObject({
        decision: 'allow',
        status: 'at-risk',
        reasons: [
          'SLO "Search" is at risk: only 20% of its error budget left (below 25%); release with care',
        ],
      });

      // ledger's policy exempts only security changes from a freeze.
      expect(
        (await gate('entityRef=ledger&changeType=hotfix')).body.decision,
      ).toBe('deny');
      expect(
        (await gate('entityRef=ledger&changeType=security')).body.decision,
      ).toBe('allow');

      expect((await gate('entityRef=docs')).body).toMatchObject({
        decision: 'allow',
        status: 'no-data',
        reasons: ['no SLOs are defined for this entity: nothing to gate on'],
        slos: [],
      });
      const broken = (await gate('entityRef=misconfigured')).body;
      expect(broken.status).toBe('no-data');
      expect(broken.reasons[1]).toMatch(
        /^1 problem\(s\) in the SLO definitions left SLOs out of this decision, e\.g\. .*missing-sli.*; see GET \/v1\/slos\?entityRef=component:default\/misconfigured$/,
      );

      // The same decision through POST with a JSON body.
      const posted = await http
        .post(`${BASE}/v1/gate`)
        .set(asService)
        .send({ entityRef: 'payments', changeType: 'security' });
      expect(posted.status).toBe(200);
      expect(posted.body).toMatchObject({
        decision: 'allow',
        changeType: 'security',
      });
      const postedDefault = await http
        .post(`${BASE}/v1/gate`)
        .set(asService)
        .send({ entityRef: 'payments' });
      expect(postedDefault.body).toMatchObject({
        decision: 'deny',
        changeType: 'feature',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad parameters with 400 naming them, and audits the failure, %p',
    async databaseId => {
      const { gate, http, audits } = await start(databaseId);
      const expect400 = async (res: any, message: string) => {
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      };
      await expect400(
        await gate('entityRef=payments&changeType=bugfix'),
        'Invalid query parameter: changeType must be one of feature, hotfix, security',
      );
      await expect400(
        await gate('changeType=feature'),
        'Invalid query parameter: entityRef is required',
      );
      await expect400(
        await http
          .post(`${BASE}/v1/gate`)
          .set(asService)
          .send({ entityRef: 'payments', changeType: 'rollout' }),
        'changeType must be one of feature, hotfix, security',
      );
      expect((await gate('entityRef=unknown')).status).toBe(404);
      // No token: the framework's auth policy answers before the route runs.
      expect((await gate('entityRef=payments', {})).status).toBe(401);

      const gateAudits = audits.filter(
        a => a.options.eventId === 'release-gate',
      );
      expect(gateAudits.map(a => a.status)).toEqual(Array(4).fill('failed'));
      expect(gateAudits[0].error?.message).toContain('changeType');
    },
  );
});
