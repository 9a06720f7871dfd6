/**
 * Reads `deliveryReliability.opsgenie` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';

/** The Opsgenie source's settings, with defaults applied. @public */
export interface OpsgenieConfig {
  apiKey: string;
  baseUrl: string;
  frequencyMinutes: number;
  backfillDays: number;
  overlapMinutes: number;
  environment: string;
}

const FIELD = 'deliveryReliability.opsgenie';

/**
 * The settings, or undefined when the section is absent (source disabled).
 * Throws naming the field to fix when a value is out of range.
 * @public
 */
export function readOpsgenieConfig(root: Config): OpsgenieConfig | undefined {
  const section = root.getOptionalConfig(FIELD);
  if (!section) return undefined;
  const settings: OpsgenieConfig = {
    apiKey: section.getString('apiKey'),
    baseUrl: (
      section.getOptionalString('baseUrl') ?? 'https://api.opsgenie.com'
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
      `${FIELD}.baseUrl must be an http(s) URL like https://api.opsgenie.com, got '${settings.baseUrl}'`,
    );
  }
  return settings;
}
