import { Config } from '@backstage/config';
import {
  DEFAULT_DORA_TIER_TABLE_YEAR,
  DORA_TIER_TABLES,
  DoraTierTable,
  LeadTimeStart,
  getDoraTierTable,
  isDoraTierTableYear,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** How `/v1/dora` counts, read once at start-up. @internal */
export interface DoraSettings {
  /** Environments counted when a request names none. */
  productionEnvironments: string[];
  tierTable: DoraTierTable;
  leadTimeStart: LeadTimeStart;
}

const LEAD_TIME_STARTS: readonly LeadTimeStart[] = [
  'firstCommit',
  'prOpened',
  'merged',
];

/**
 * Reads `deliveryReliability.dora.*` (see config.d.ts). An unknown tier
 * table or lead-time start is a start-up error naming the key and the
 * accepted values, never a silent fallback.
 * @internal
 */
export function readDoraSettings(
  config: Config,
  productionEnvironments: string[],
): DoraSettings {
  const tierKey = 'deliveryReliability.dora.tierTable';
  // Numbers are accepted too: YAML reads `tierTable: 2023` as one.
  const rawTier = config.getOptional<string | number>(tierKey);
  const year =
    rawTier === undefined ? DEFAULT_DORA_TIER_TABLE_YEAR : String(rawTier);
  if (!isDoraTierTableYear(year)) {
    throw new Error(
      `Invalid config ${tierKey}: no DORA tier table "${year}"; use one of ${Object.keys(
        DORA_TIER_TABLES,
      ).join(', ')}`,
    );
  }
  const startKey = 'deliveryReliability.dora.leadTimeStart';
  const leadTimeStart = config.getOptionalString(startKey) ?? 'firstCommit';
  if (!LEAD_TIME_STARTS.includes(leadTimeStart as LeadTimeStart)) {
    throw new Error(
      `Invalid config ${startKey}: "${leadTimeStart}"; use one of ${LEAD_TIME_STARTS.join(
        ', ',
      )}`,
    );
  }
  return {
    productionEnvironments,
    tierTable: getDoraTierTable(year),
    leadTimeStart: leadTimeStart as LeadTimeStart,
  };
}
