/**
 * Reads `deliveryReliability.opsgenie` (schema in `config.d.ts`).
 */
import { Config } from '@backstage/config';
import {
  IncidentSourceSettings,
  readIncidentSourceConfig,
} from '@delivery-reliability/plugin-delivery-reliability-node';

/** The Opsgenie source's settings, with defaults applied. @public */
export interface OpsgenieConfig extends IncidentSourceSettings {
  apiKey: string;
}

/**
 * The settings, or undefined when the section is absent (source disabled).
 * Throws naming the field to fix when a value is out of range.
 * @public
 */
export function readOpsgenieConfig(root: Config): OpsgenieConfig | undefined {
  return readIncidentSourceConfig(root, {
    field: 'deliveryReliability.opsgenie',
    secretKey: 'apiKey',
    defaultBaseUrl: 'https://api.opsgenie.com',
  });
}
