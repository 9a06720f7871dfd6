/**
 * Reads `deliveryReliability.demo` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';
import { DEMO_PROFILE_NAMES, DemoProfileName } from './generator';

/** One service the demo produces events for. @public */
export interface DemoServiceConfig {
  entityRef: string;
  profile: DemoProfileName;
}

/** The demo source's settings, with defaults applied. @public */
export interface DemoConfig {
  enabled: boolean;
  historyDays: number;
  intervalSeconds: number;
  seed: number;
  services: DemoServiceConfig[];
}

const ENTITY_REF = /^[^:/]+:[^:/]+\/[^:/]+$/;
const DEFAULT_SEED = 20240601;

/** Reads and checks the demo config; throws naming the field to fix. @public */
export function readDemoConfig(root: Config): DemoConfig {
  const demo = root.getOptionalConfig('deliveryReliability.demo');
  const services = (demo?.getOptionalConfigArray('services') ?? []).map(
    (service, i) => {
      const field = `deliveryReliability.demo.services[${i}]`;
      const entityRef = service
        .getString('entityRef')
        .toLocaleLowerCase('en-US');
      if (!ENTITY_REF.test(entityRef)) {
        throw new Error(
          `${field}.entityRef must be a full entity ref like component:default/my-service, got '${entityRef}'`,
        );
      }
      const profile = service.getString('profile');
      if (!DEMO_PROFILE_NAMES.includes(profile as DemoProfileName)) {
        throw new Error(
          `${field}.profile must be one of ${DEMO_PROFILE_NAMES.join(
            ', ',
          )}, got '${profile}'`,
        );
      }
      return { entityRef, profile: profile as DemoProfileName };
    },
  );
  const historyDays = demo?.getOptionalNumber('historyDays') ?? 90;
  const intervalSeconds = demo?.getOptionalNumber('intervalSeconds') ?? 60;
  if (!(historyDays >= 0) || !(intervalSeconds > 0)) {
    throw new Error(
      'deliveryReliability.demo.historyDays must be >= 0 and intervalSeconds > 0',
    );
  }
  return {
    enabled: demo?.getOptionalBoolean('enabled') ?? false,
    historyDays,
    intervalSeconds,
    seed: demo?.getOptionalNumber('seed') ?? DEFAULT_SEED,
    services,
  };
}
