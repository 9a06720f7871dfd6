import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { VerdictResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DoraQueryWindow, formatDoraWindow } from '../../utils/doraWindow';
import { DoraRangeSelector } from '../DoraRangeSelector';
import { VerdictBanner } from '../VerdictBanner';

/** Props of {@link OverviewLayout}. */
export interface OverviewLayoutProps {
  window: DoraQueryWindow;
  onDaysChange: (days: number) => void;
  verdict: { value?: VerdictResponse; error?: Error };
  delivery: ReactNode;
  reliability: ReactNode;
  /** Below both sides (the burn list of a Component). */
  footer?: ReactNode;
}

/**
 * The overview's frame: heading with window and range selector, the verdict
 * on top, Delivery and Reliability side by side on wide screens, then the
 * footer.
 */
export function OverviewLayout(props: OverviewLayoutProps) {
  const { window, onDaysChange, verdict, delivery, reliability, footer } =
    props;
  return (
    <Grid container spacing={3} data-testid="delivery-reliability-overview">
      <Grid item xs={12}>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          justifyContent="space-between"
          style={{ gap: 8 }}
        >
          <Box>
            <Typography variant="h5" component="h2">
              Delivery & Reliability
            </Typography>
            <Typography
              variant="body2"
              color="textSecondary"
              data-testid="overview-window"
            >
              {formatDoraWindow(window)} (UTC)
            </Typography>
          </Box>
          <DoraRangeSelector days={window.days} onChange={onDaysChange} />
        </Box>
      </Grid>
      <Grid item xs={12}>
        <VerdictBanner response={verdict.value} error={verdict.error} />
      </Grid>
      <Grid item xs={12} lg={8}>
        {delivery}
      </Grid>
      <Grid item xs={12} lg={4}>
        {reliability}
      </Grid>
      {footer && (
        <Grid item xs={12}>
          {footer}
        </Grid>
      )}
    </Grid>
  );
}
