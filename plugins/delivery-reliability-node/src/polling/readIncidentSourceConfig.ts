import { RootConfigService } from '@backstage/backend-plugin-api';

/** Settings every incident pull source shares, with defaults applied. @public */
export interface IncidentSourceSettings {
  /** Provider API root, without trailing slashes. */
  baseUrl: string;
  frequencyMinutes: number;
  /** History read the first time a scope is seen. */
  backfillDays: number;
  /** How far before the last poll's end later polls start again. */
  overlapMinutes: number;
  /** Environment recorded on the stored incidents. */
  environment: string;
}

/** Options of {@link readIncidentSourceConfig}. @public */
export interface ReadIncidentSourceConfigOptions<K extends string> {
  /** The config section, e.g. `deliveryReliability.pagerduty`. */
  field: string;
  /** The required credential key inside the section, e.g. `apiToken`. */
  secretKey: K;
  /** Used when `baseUrl` is absent, and shown as the example when it is bad. */
  defaultBaseUrl: string;
}

/**
 * Reads an incident source's config section: the shared settings plus its
 * credential under `secretKey`. Undefined when the section is absent (the
 * source is off); throws naming the field to fix when a value is out of range.
 * Takes any `Config` (`RootConfigService` is the same interface).
 * @public
 */
export function readIncidentSourceConfig<K extends string>(
  root: RootConfigService,
  options: ReadIncidentSourceConfigOptions<K>,
): (IncidentSourceSettings & Record<K, string>) | undefined {
  const { field, secretKey, defaultBaseUrl } = options;
  const section = root.getOptionalConfig(field);
  if (!section) return undefined;
  // The credential is read first so a missing one is the first error shown.
  const secret = { [secretKey]: section.getString(secretKey) } as Record<
    K,
    string
  >;
  const settings: IncidentSourceSettings = {
    baseUrl: (section.getOptionalString('baseUrl') ?? defaultBaseUrl).replace(
      /\/+$/,
      '',
    ),
    frequencyMinutes:
      section.getOptionalNumber('schedule.frequencyMinutes') ?? 5,
    backfillDays: section.getOptionalNumber('backfillDays') ?? 365,
    overlapMinutes: section.getOptionalNumber('overlapMinutes') ?? 10,
    environment: section.getOptionalString('environment') ?? 'production',
  };
  if (!(settings.frequencyMinutes > 0)) {
    throw new Error(
      `${field}.schedule.frequencyMinutes must be a positive number of minutes, got ${settings.frequencyMinutes}`,
    );
  }
  if (!(settings.backfillDays >= 0) || !(settings.overlapMinutes >= 0)) {
    throw new Error(
      `${field}.backfillDays and ${field}.overlapMinutes must be >= 0`,
    );
  }
  if (!/^https?:\/\//.test(settings.baseUrl)) {
    throw new Error(
      `${field}.baseUrl must be an http(s) URL like ${defaultBaseUrl}, got '${settings.baseUrl}'`,
    );
  }
  return { ...secret, ...settings };
}
