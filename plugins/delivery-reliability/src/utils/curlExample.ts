/** Environment variable the example reads the CI token from (see app-config). */
export const CI_TOKEN_VARIABLE = 'DELIVERY_RELIABILITY_CI_TOKEN';

/**
 * A copy-paste `curl` that reports one production deployment of the entity to
 * the ingestion endpoint, so a user can see the tab fill before wiring CI.
 */
export function buildDeploymentEventCurl(options: {
  eventsUrl: string;
  entityRef: string;
  entityName: string;
  finishedAt: string;
}): string {
  const { eventsUrl, entityRef, entityName, finishedAt } = options;
  const body = {
    events: [
      {
        type: 'deployment',
        id: `${entityName}-1.0.0-production`,
        entityRef,
        environment: 'production',
        status: 'succeeded',
        finishedAt,
        version: '1.0.0',
      },
    ],
  };
  return [
    `curl -X POST ${shellQuote(eventsUrl)} \\`,
    `  -H "Authorization: Bearer $${CI_TOKEN_VARIABLE}" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join('\n');
}

/** Single-quotes a value for POSIX shells. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
