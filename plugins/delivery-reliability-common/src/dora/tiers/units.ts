/**
 * Calendar units the reports' wording maps onto. A month is 30 days (as
 * DESIGN.md fixes for "≥ 1/month (30 d)") and six months 180 days, so every
 * table converts words to numbers the same way.
 */
export const HOUR_SECONDS = 3600;
export const DAY_SECONDS = 24 * HOUR_SECONDS;
export const WEEK_SECONDS = 7 * DAY_SECONDS;
export const MONTH_SECONDS = 30 * DAY_SECONDS;
export const SIX_MONTHS_SECONDS = 180 * DAY_SECONDS;

/** "Once per day / week / month / six months" as deployments per day. */
export const DAILY = 1;
export const WEEKLY = 1 / 7;
export const MONTHLY = 1 / 30;
export const SIX_MONTHLY = 1 / 180;
