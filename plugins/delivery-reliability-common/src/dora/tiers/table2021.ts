import { DoraTierTable } from './types';
import {
  DAILY,
  DAY_SECONDS,
  HOUR_SECONDS,
  MONTHLY,
  SIX_MONTHLY,
  SIX_MONTHS_SECONDS,
  WEEK_SECONDS,
} from './units';

/**
 * Source: Accelerate State of DevOps Report 2021 (DORA / Google Cloud), table
 * of software delivery performance by cluster:
 *
 * | metric | elite | high | medium | low |
 * | --- | --- | --- | --- | --- |
 * | deployment frequency | on-demand (multiple deploys per day) | between once per week and once per month | between once per month and once every 6 months | fewer than once per six months |
 * | lead time for changes | less than one hour | between one day and one week | between one month and six months | more than six months |
 * | time to restore service | less than one hour | less than one day | between one day and one week | more than six months |
 * | change failure rate | 0%–15% | 16%–30% | 16%–30% | 16%–30% |
 *
 * Ranges to thresholds (the rule DESIGN.md applies to 2023): frequency tiers
 * start at the lower end of their range ("on demand" = at least daily), so
 * the unreported gap between daily and weekly falls to high; duration tiers
 * end at the upper end of theirs, so the gaps (1 h–1 d, 1 week–1 month) fall
 * to the next tier down; failure rate tiers end at their upper percentage.
 * Quirk: high, medium and low share 16–30 %, so failure rate alone never
 * yields medium (16–30 % is high) and above 30 % matches no cluster: low.
 * Restore times from one week up are low.
 * @public
 */
export const DORA_TIERS_2021: DoraTierTable = {
  id: 'dora-2021',
  year: '2021',
  name: 'Accelerate State of DevOps Report 2021',
  source:
    'Accelerate State of DevOps Report 2021 (DORA, Google Cloud): software delivery performance metrics by cluster (elite, high, medium, low)',
  deploymentFrequencyPerDay: {
    elite: DAILY,
    high: MONTHLY,
    medium: SIX_MONTHLY,
  },
  leadTimeSeconds: {
    elite: HOUR_SECONDS,
    high: WEEK_SECONDS,
    medium: SIX_MONTHS_SECONDS,
  },
  changeFailureRatio: { elite: 0.15, high: 0.3, medium: 0.3 },
  recoveryTimeSeconds: {
    elite: HOUR_SECONDS,
    high: DAY_SECONDS,
    medium: WEEK_SECONDS,
  },
};
