import { Theme } from '@material-ui/core/styles';
import {
  Verdict,
  VerdictKind,
} from '@delivery-reliability/plugin-delivery-reliability-common';

/** How each verdict is named on screen (banner, card, comparison page). */
export const VERDICT_LABELS: Readonly<Record<VerdictKind, string>> = {
  'keep-going': 'Keep going',
  'ship-more-often': 'Ship more often',
  stabilise: 'Stabilise',
  'stabilise-first': 'Stabilise first',
  'not-enough-data': 'Not enough data',
};

/** Most urgent first: the order of the summary and the legend. */
export const VERDICT_KINDS: readonly VerdictKind[] = [
  'stabilise-first',
  'stabilise',
  'ship-more-often',
  'keep-going',
  'not-enough-data',
];

/** Green to keep going, blue to ship more, orange/red to stabilise, grey without data. */
export function verdictColor(theme: Theme, kind: VerdictKind): string {
  switch (kind) {
    case 'keep-going':
      return theme.palette.success.main;
    case 'ship-more-often':
      return theme.palette.info.main;
    case 'stabilise':
      return theme.palette.warning.main;
    case 'stabilise-first':
      return theme.palette.error.main;
    default:
      return theme.palette.grey[500];
  }
}

/**
 * The headline without its leading label, e.g. `lead time 9 d (medium)`
 * from `ship more often: lead time 9 d (medium)`; empty when it has none.
 */
export function verdictDetail(verdict: Verdict): string {
  const at = verdict.headline.indexOf(': ');
  return at < 0 ? '' : verdict.headline.slice(at + 2);
}
