import { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { DoraTiles } from '../DoraTiles';

/**
 * The Delivery side: the five DORA tiles (value, tier, delta, rule) of the
 * selected window, as on the Delivery tab.
 */
export function DeliveryPanel(props: {
  response?: DoraResponse;
  error?: Error;
  loading?: boolean;
  /** Shown above the tiles, e.g. that no deployment arrived yet. */
  note?: ReactNode;
  deepLink?: { title: string; link: string };
}) {
  const { response, error, loading, note, deepLink } = props;
  let content;
  if (error) {
    content = (
      <ResponseErrorPanel title="Could not load DORA metrics" error={error} />
    );
  } else if (!response) {
    content = <Progress />;
  } else {
    content = (
      <>
        {loading && <Progress />}
        <DoraTiles response={response} />
      </>
    );
  }
  const tiers = response ? ` · tiers: DORA ${response.tierTable.year}` : '';
  return (
    <InfoCard
      title="Delivery"
      subheader={`DORA metrics of production deployments${tiers}`}
      deepLink={deepLink}
    >
      <div data-testid="overview-delivery">
        {note && (
          <Typography variant="body2" color="textSecondary" paragraph>
            {note}
          </Typography>
        )}
        {content}
      </div>
    </InfoCard>
  );
}
