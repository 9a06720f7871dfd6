/**
 * Complete CDEvents payloads as producers send them: spec v0.4 (envelope
 * `context.version` 0.4.1, event types .0.2.0) and v0.5 (`context.specversion`
 * 0.5.0, event types .0.3.0). Test fixtures only.
 */

const v04 = (type: string, id: string, timestamp: string) => ({
  version: '0.4.1',
  id,
  source: '/ci/pipelines/checkout',
  type: `dev.cdevents.${type}.0.2.0`,
  timestamp,
  chainId: '4c8cb7dd-3448-41de-8768-eec704e2829b',
  schemaUri: 'https://example.com/schemas/cdevents-custom.json',
});

const v05 = (type: string, id: string, timestamp: string) => ({
  specversion: '0.5.0',
  id,
  source: '/monitoring/prod1',
  type: `dev.cdevents.${type}.0.3.0`,
  timestamp,
  chainId: '7f0c1c2e-9d1b-4a8e-b3a5-3c9d8b2f5e61',
});

/** v0.4 service.deployed with a deployment id, changes and an OCI purl. */
export const v04ServiceDeployed = {
  context: v04(
    'service.deployed',
    '271069a8-fc18-44f1-b38f-9d70a1695819',
    '2026-03-02T10:00:00Z',
  ),
  subject: {
    id: 'checkout',
    source: '/clusters/prod-eu/namespaces/shop',
    type: 'service',
    content: {
      environment: { id: 'production', source: '/clusters/prod-eu' },
      artifactId:
        'pkg:oci/checkout@sha256%3A0b31b1c02ff458ad9b7b81cbdf8f028bd54699fa151f221d1e8de6817db93427?repository_url=ghcr.io/acme',
    },
  },
  customData: { deploymentId: 'deploy-100', changeIds: ['pr-7'] },
  customDataContentType: 'application/json',
};

/** v0.4 change.merged carrying the first-commit time in customData. */
export const v04ChangeMerged = {
  context: v04(
    'change.merged',
    '5a8a1c1e-29d5-4cf0-9c6e-0f0b7d3f6f21',
    '2026-03-02T09:00:00Z',
  ),
  subject: {
    id: 'pr-7',
    source: 'https://github.com/acme/checkout',
    type: 'change',
    content: {
      repository: { id: 'acme/checkout', source: 'https://github.com' },
    },
  },
  customData: {
    entityRef: 'component:default/checkout',
    firstCommitAt: '2026-03-01T15:30:00+01:00',
    prOpenedAt: '2026-03-01T16:00:00Z',
  },
  customDataContentType: 'application/json',
};

/** v0.4 service.rolledback naming the reverted deployment. */
export const v04ServiceRolledback = {
  context: v04(
    'service.rolledback',
    'c0ffee00-0000-4000-8000-000000000001',
    '2026-03-02T11:00:00Z',
  ),
  subject: {
    id: 'component:default/checkout',
    type: 'service',
    content: {
      environment: { id: 'production' },
      artifactId: 'pkg:oci/checkout@v1.4.1',
    },
  },
  customData: { rollsBack: 'deploy-100' },
};

/** v0.5 service.upgraded without customData: id and version from the envelope. */
export const v05ServiceUpgraded = {
  context: v05(
    'service.upgraded',
    '9b2e5c4a-6d0f-4e0b-8f6a-2a7c1e3d4b5f',
    '2026-03-02T10:30:00.250Z',
  ),
  subject: {
    id: 'checkout',
    source: '/clusters/prod-eu/namespaces/shop',
    type: 'service',
    content: {
      environment: { id: 'production', source: '/clusters/prod-eu' },
      artifactId: 'pkg:oci/checkout@v1.5.0',
    },
  },
};

/** v0.5 incident.detected for the service, attributed by time. */
export const v05IncidentDetected = {
  context: v05(
    'incident.detected',
    'F4BD2B55-B6F6-4F44-AF72-BD2D0E7A8708',
    '2026-03-02T10:45:00Z',
  ),
  subject: {
    id: 'incident-123',
    source: '/monitoring/prod1',
    type: 'incident',
    content: {
      description: 'Response time above threshold of 100ms',
      environment: { id: 'production', source: '/iaas/geo1' },
      service: { id: 'checkout', source: '/clusters/prod-eu/namespaces/shop' },
      artifactId: 'pkg:oci/checkout@v1.5.0',
    },
  },
  customData: { severity: 'SEV2', metric: 'responseTime', value: '200ms' },
  customDataContentType: 'application/json',
};

/** v0.5 incident.resolved of the same incident. */
export const v05IncidentResolved = {
  context: v05(
    'incident.resolved',
    '0D6C0F0B-1B84-4F4A-9C1A-6B3F3E2A1C10',
    '2026-03-02T11:15:00Z',
  ),
  subject: {
    id: 'incident-123',
    source: '/monitoring/prod1',
    type: 'incident',
    content: {
      description: 'Response time back below 100ms',
      environment: { id: 'production' },
      service: { id: 'checkout' },
    },
  },
  customData: { postmortemUrl: 'https://wiki.example.com/pm/123' },
};
