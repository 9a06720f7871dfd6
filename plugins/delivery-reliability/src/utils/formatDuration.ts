const UNITS: Array<[label: string, seconds: number]> = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/**
 * A duration as its two largest units, rounded down: `2 d 3 h`, `3 h 5 min`,
 * `42 s`. Two units are enough to compare lead times at a glance.
 */
export function formatDuration(durationSeconds: number): string {
  if (!Number.isFinite(durationSeconds)) {
    return '—';
  }
  // Negative only with skewed clocks in the source data; show it, don't hide it.
  const sign = durationSeconds < 0 ? '−' : '';
  const total = Math.floor(Math.abs(durationSeconds));
  const index = UNITS.findIndex(([, size]) => total >= size);
  if (index < 0) {
    return '0 s';
  }
  const [label, size] = UNITS[index];
  const major = Math.floor(total / size);
  let text = `${sign}${major} ${label}`;
  const next = UNITS[index + 1];
  if (next) {
    const minor = Math.floor((total - major * size) / next[1]);
    if (minor > 0) {
      text += ` ${minor} ${next[0]}`;
    }
  }
  return text;
}
