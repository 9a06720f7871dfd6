import { DoraTierTable } from './types';
import {
  DAILY,
  DAY_SECONDS,
  HOUR_SECONDS,
  MONTHLY,
  MONTH_SECONDS,
  WEEKLY,
  WEEK_SECONDS,
} from './units';

/**
 * Source: Accelerate State of DevOps Report 2024 (DORA / Google Cloud),
 * software delivery performance levels table (p. 13):
 *
 * | metric | elite | high | medium | low |
 * | --- | --- | --- | --- | --- |
 * | change lead time | less than one day | between one day and one week | between one week and one month | between one month and six months |
 * | deployment frequency | on demand (multiple deploys per day) | between once per day and once per week | between once per week and once per month | between once per month and once every six months |
 * | change fail rate | 5% | 20% | 10% | 40% |
 * | failed deployment recovery time | less than one hour | less than one day | less than one day | between one week and one month |
 *
 * Ranges to thresholds as for 2023 (frequency from the lower end of the
 * range, durations to the upper end, failure rate up to the cluster value).
 * Quirks, kept as published: the medium cluster's change fail rate (10 %) is
 * LOWER than the high cluster's (20 %), and medium and high share "less than
 * one day" recovery. Tiers are tried best first, so by failure rate alone
 * ≤ 5 % is elite, ≤ 20 % high (medium is unreachable) and above 20 % low; by
 * recovery alone < 1 h is elite, < 1 day high, and 1 day or more low.
 * @public
 */
export const DORA_TIERS_2024: DoraTierTable = {
  id: 'dora-2024',
  year: '2024',
  name: 'Accelerate State of DevOps Report 2024',
  source:
    'Accelerate State of DevOps Report 2024 (DORA, Google Cloud), p. 13: software delivery performance levels (elite, high, medium, low)',
  deploymentFrequencyPerDay: { elite: DAILY, high: WEEKLY, medium: MONTHLY },
  leadTimeSeconds: {
    elite: DAY_SECONDS,
    high: WEEK_SECONDS,
    medium: MONTH_SECONDS,
  },
  changeFailureRatio: { elite: 0.05, high: 0.2, medium: 0.1 },
  recoveryTimeSeconds: {
    elite: HOUR_SECONDS,
    high: DAY_SECONDS,
    medium: DAY_SECONDS,
  },
};
