import { ReleaseChangeType } from '@delivery-reliability/plugin-delivery-reliability-common';
import { CI_TOKEN_VARIABLE } from './curlExample';

/**
 * The command a CI pipeline runs before releasing: asks the gate and fails
 * (exit 1 from `jq -e`) unless the decision is `allow`; one part per line. `pluginBaseUrl` is
 * the backend plugin's base URL (`…/api/delivery-reliability`).
 */
export function buildGateCurl(options: {
  pluginBaseUrl: string;
  entityRef: string;
  changeType: ReleaseChangeType;
}): string {
  const { pluginBaseUrl, entityRef, changeType } = options;
  // `:` and `/` are legal in a query, so the ref stays readable; the rest is escaped.
  const ref = encodeURIComponent(entityRef)
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/');
  const url = `${pluginBaseUrl}/v1/gate?entityRef=${ref}&changeType=${changeType}`;
  // One option per line, so the command fits the banner and a CI file.
  return [
    'curl -fsS',
    `  -H "Authorization: Bearer $${CI_TOKEN_VARIABLE}"`,
    `  "${url}"`,
    `  | jq -e '.decision == "allow"'`,
  ].join(' \\\n');
}
