import { Theme } from '@material-ui/core/styles';
import { VerdictKind } from '@delivery-reliability/plugin-delivery-reliability-common';

/** How each verdict kind is named on screen. */
export const VERDICT_KIND_LABELS: Readonly<Record<VerdictKind, string>> = {
  'keep-going': 'Keep going',
  'ship-more-often': 'Ship more often',
  stabilise: 'Stabilise',
  'stabilise-first': 'Stabilise first',
  'not-enough-data': 'Not enough data',
};

/**
 * Colour of each kind: green to keep going, blue to speed up (there is
 * budget to spend), orange to stabilise, red when both sides are poor, grey
 * when nothing can be judged (never green).
 */
export function verdictKindColor(theme: Theme, kind: VerdictKind): string {
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
