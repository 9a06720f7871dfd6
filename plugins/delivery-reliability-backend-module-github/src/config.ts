/**
 * Reads `deliveryReliability.github` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';

/** Settings of the GitHub source, with defaults applied. @public */
export interface GithubSourceConfig {
  frequencyMinutes: number;
  backfillDays: number;
  /** Lower-cased GitHub environment name → our environment name. */
  environmentByGithubName: Map<string, string>;
  maxConcurrentRepositories: number;
  host: string;
}

const FIELD = 'deliveryReliability.github';

function positive(value: number | undefined, name: string, fallback: number) {
  if (value === undefined) return fallback;
  if (!(value > 0)) {
    throw new Error(`${FIELD}.${name} must be a number above 0, got ${value}`);
  }
  return value;
}

/** Reads and checks the GitHub source config; throws naming the field to fix. @public */
export function readGithubSourceConfig(root: Config): GithubSourceConfig {
  const github = root.getOptionalConfig(FIELD);
  const environments = github?.getOptionalConfig('environments');
  const environmentByGithubName = new Map<string, string>();
  const names = environments?.keys() ?? ['production'];
  for (const name of names) {
    const aliases = environments
      ? environments.getStringArray(name)
      : ['production', 'prod'];
    for (const alias of aliases) {
      environmentByGithubName.set(alias.toLocaleLowerCase('en-US'), name);
    }
  }
  const maxConcurrent = positive(
    github?.getOptionalNumber('maxConcurrentRepositories'),
    'maxConcurrentRepositories',
    4,
  );
  return {
    frequencyMinutes: positive(
      github?.getOptionalNumber('schedule.frequencyMinutes'),
      'schedule.frequencyMinutes',
      10,
    ),
    backfillDays: positive(
      github?.getOptionalNumber('backfillDays'),
      'backfillDays',
      365,
    ),
    environmentByGithubName,
    maxConcurrentRepositories: Math.floor(maxConcurrent),
    host: github?.getOptionalString('host') ?? 'github.com',
  };
}
