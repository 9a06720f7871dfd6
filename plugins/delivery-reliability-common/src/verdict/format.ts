// Compact figures for verdict reasons ("lead time 9 d", "CFR 18 %"): one
// unit, rounded, so a headline stays one line.

const round1 = (value: number) => String(Number(value.toFixed(1)));

/** Seconds in the largest unit that is ≥ 1: `9 d`, `5.5 h`, `40 min`, `12 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds >= 86_400) return `${round1(seconds / 86_400)} d`;
  if (seconds >= 3_600) return `${round1(seconds / 3_600)} h`;
  if (seconds >= 60) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds)} s`;
}

/** Per day from one a day up, per week below: `3.4/day`, `2.1/week`. */
export function formatPerDay(perDay: number | null): string {
  if (perDay === null) return '—';
  return perDay >= 1 ? `${round1(perDay)}/day` : `${round1(perDay * 7)}/week`;
}

/** A ratio as a whole percentage, one decimal below 10 %: `18 %`, `4.5 %`. */
export function formatRatio(ratio: number): string {
  const percent = ratio * 100;
  return `${percent >= 10 ? Math.round(percent) : round1(percent)} %`;
}
