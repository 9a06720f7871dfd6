/**
 * Reads `deliveryReliability.pagerduty` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';
import {
  IncidentSourceSettings,
  readIncidentSourceConfig,
} from '@delivery-reliability/plugin-delivery-reliability-node';

/** The PagerDuty source's settings, with defaults applied. @public */
export interface PagerDutyConfig extends IncidentSourceSettings {
  apiToken: string;
}

/**
 * The settings, or undefined when the section is absent (source disabled).
 * Throws naming the field to fix when a value is out of range.
 * @public
 */
export function readPagerDutyConfig(root: Config): PagerDutyConfig | undefined {
  return readIncidentSourceConfig(root, {
    field: 'deliveryReliability.pagerduty',
    secretKey: 'apiToken',
    defaultBaseUrl: 'https://api.pagerduty.com',
  });
}
