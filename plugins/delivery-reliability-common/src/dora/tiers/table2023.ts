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
 * Source: Accelerate State of DevOps Report 2023 (DORA / Google Cloud),
 * software delivery performance levels table — the default, exactly as
 * DESIGN.md "Metric definitions" states it:
 *
 * | metric | elite | high | medium | low |
 * | --- | --- | --- | --- | --- |
 * | deployment frequency | on demand | between once per day and once per week | between once per week and once per month | between once per week and once per month |
 * | change lead time | less than one day | between one day and one week | between one week and one month | between one week and one month |
 * | change failure rate | 5% | 10% | 15% | 64% |
 * | failed deployment recovery time | less than one hour | less than one day | between one day and one week | between one month and six months |
 *
 * Thresholds (DESIGN.md): frequency ≥ 1/day elite, ≥ 1/week high, ≥ 1/month
 * (30 d) medium, else low; lead time < 1 day, < 1 week, < 30 days; failure
 * rate ≤ 5 %, ≤ 10 %, ≤ 15 % (the 2023 survey asked for an exact rate, so
 * each cluster's value is its bound); recovery < 1 hour, < 1 day, < 1 week.
 * The report's low cluster shares medium's frequency and lead time; DESIGN
 * makes anything below medium low.
 * @public
 */
export const DORA_TIERS_2023: DoraTierTable = {
  id: 'dora-2023',
  year: '2023',
  name: 'Accelerate State of DevOps Report 2023',
  source:
    'Accelerate State of DevOps Report 2023 (DORA, Google Cloud): software delivery performance levels (elite, high, medium, low)',
  deploymentFrequencyPerDay: { elite: DAILY, high: WEEKLY, medium: MONTHLY },
  leadTimeSeconds: {
    elite: DAY_SECONDS,
    high: WEEK_SECONDS,
    medium: MONTH_SECONDS,
  },
  changeFailureRatio: { elite: 0.05, high: 0.1, medium: 0.15 },
  recoveryTimeSeconds: {
    elite: HOUR_SECONDS,
    high: DAY_SECONDS,
    medium: WEEK_SECONDS,
  },
};
