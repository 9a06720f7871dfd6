import { DoraTierTable } from './types';
import {
  DAILY,
  DAY_SECONDS,
  MONTHLY,
  MONTH_SECONDS,
  WEEK_SECONDS,
} from './units';

/**
 * Source: 2022 Accelerate State of DevOps Report (DORA / Google Cloud),
 * software delivery performance table. Cluster analysis found only three
 * clusters that year — there is NO elite tier, so `elite` is `null` and the
 * best a team can reach with this table is high:
 *
 * | metric | high | medium | low |
 * | --- | --- | --- | --- |
 * | deployment frequency | on-demand (multiple deploys per day) | between once per week and once per month | between once per month and once every six months |
 * | lead time for changes | between one day and one week | between one week and one month | between one month and six months |
 * | time to restore service | less than one day | between one day and one week | between one week and one month |
 * | change failure rate | 0%–15% | 16%–30% | 46%–60% |
 *
 * Ranges to thresholds, as for 2023: frequency tiers start at the lower end
 * of their range ("on demand" = at least daily; the unreported daily–weekly
 * gap falls to medium), duration tiers end at the upper end of theirs, and
 * failure rate tiers end at their upper percentage (31–45 % and above 60 %,
 * reported by no cluster, are low).
 * @public
 */
export const DORA_TIERS_2022: DoraTierTable = {
  id: 'dora-2022',
  year: '2022',
  name: '2022 Accelerate State of DevOps Report',
  source:
    '2022 Accelerate State of DevOps Report (DORA, Google Cloud): software delivery performance clusters (high, medium, low; no elite cluster)',
  deploymentFrequencyPerDay: { elite: null, high: DAILY, medium: MONTHLY },
  leadTimeSeconds: { elite: null, high: WEEK_SECONDS, medium: MONTH_SECONDS },
  changeFailureRatio: { elite: null, high: 0.15, medium: 0.3 },
  recoveryTimeSeconds: { elite: null, high: DAY_SECONDS, medium: WEEK_SECONDS },
};
