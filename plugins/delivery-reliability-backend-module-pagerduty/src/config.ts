/**
 * Reads `deliveryReliability.pagerduty` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';

/** The PagerDuty source's settings, with defaults applied. @public */
export interface PagerDutyConfig {
  apiToken: string;
  baseUrl: string;
  frequencyMinutes: number;
  backfillDays: number;
  overlapMinutes: number;
  environment: string;
}

const FIELD = 'deliveryReliability.pagerduty';

/**
 * The settings, or undefined when the section is absent (source disabled).
 * Throws naming the field to fix when a value is out of range.
 * @public
 */
export function readPagerDutyConfig(root: Config): PagerDutyConfig | undefined {
  const section = root.getOptionalConfig(FIELD);
  if (!section) return undefined;
  const settings: PagerDutyConfig = {
    apiToken: section.getString('apiToken'),
    baseUrl: (
      section.getOptionalString('baseUrl') ?? 'https://api.pagerduty.com'
    ).replace(/\/+$/, ''),
    frequencyMinutes:
      section.getOptionalNumber('schedule.frequencyMinutes') ?? 5,
    backfillDays: section.getOptionalNumber('backfillDays') ?? 365,
    overlapMinutes: section.getOptionalNumber('overlapMinutes') ?? 10,
    environment: section.getOptionalString('environment') ?? 'production',
  };
  if (!(settings.frequencyMinutes > 0)) {
    throw new Error(
      `${FIELD}.schedule.frequencyMinutes must be a positive number of minutes, got ${settings.frequencyMinutes}`,
    );
  }
  if (!(settings.backfillDays >= 0) || !(settings.overlapMinutes >= 0)) {
    throw new Error(
      `${FIELD}.backfillDays and ${FIELD}.overlapMinutes must be >= 0`,
    );
  }
  if (!/^https?:\/\//.test(settings.baseUrl)) {
    throw new Error(
      `${FIELD}.baseUrl must be an http(s) URL like https://api.pagerduty.com, got '${settings.baseUrl}'`,
    );
  }
  return settings;
}
