import { DORA_TIERS_2021 } from './table2021';
import { DORA_TIERS_2022 } from './table2022';
import { DORA_TIERS_2023 } from './table2023';
import { DORA_TIERS_2024 } from './table2024';
import { DoraTierTable, DoraTierTableYear } from './types';

/** Tier tables by report year. @public */
export const DORA_TIER_TABLES: Readonly<
  Record<DoraTierTableYear, DoraTierTable>
> = {
  '2021': DORA_TIERS_2021,
  '2022': DORA_TIERS_2022,
  '2023': DORA_TIERS_2023,
  '2024': DORA_TIERS_2024,
};

/** The report year DESIGN.md's default tiers come from. @public */
export const DEFAULT_DORA_TIER_TABLE_YEAR: DoraTierTableYear = '2023';

/** True for a year that has a tier table, e.g. to validate configuration. @public */
export function isDoraTierTableYear(year: string): year is DoraTierTableYear {
  return Object.prototype.hasOwnProperty.call(DORA_TIER_TABLES, year);
}

/**
 * The tier table of a report year, the 2023 default when none is given.
 * Throws a `RangeError` listing the valid years for any other year.
 * @public
 */
export function getDoraTierTable(
  year: string = DEFAULT_DORA_TIER_TABLE_YEAR,
): DoraTierTable {
  if (!isDoraTierTableYear(year)) {
    throw new RangeError(
      `No DORA tier table for year "${year}"; use one of ${Object.keys(
        DORA_TIER_TABLES,
      ).join(', ')}`,
    );
  }
  return DORA_TIER_TABLES[year];
}
