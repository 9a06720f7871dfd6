import { useMemo } from 'react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import { DoraResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { useDoraReport } from '../../hooks/useDora';
import { formatDoraCounts, formatDoraValueText } from '../../utils/doraFormat';
import { DORA_METRIC_NAMES, DORA_METRIC_TITLES } from '../../utils/doraMetrics';
import {
  DEFAULT_DORA_RANGE_DAYS,
  doraWindowEndingNow,
} from '../../utils/doraWindow';
import { DoraTierBadge } from '../DoraTierBadge';

/** Props of {@link EntityDeliveryCard}. @public */
export interface EntityDeliveryCardProps {
  /** Path of the Delivery tab under the entity page; default `delivery`. */
  deliveryPath?: string;
}

function MetricRows(props: { response: DoraResponse }) {
  const { response } = props;
  return (
    <Table size="small" aria-label="DORA metrics">
      <TableBody>
        {DORA_METRIC_NAMES.map(metric => (
          <TableRow key={metric} data-testid={`dora-card-${metric}`}>
            <TableCell component="th" scope="row">
              {DORA_METRIC_TITLES[metric]}
            </TableCell>
            <TableCell>
              <Typography variant="body2" data-testid="dora-value">
                {formatDoraValueText(metric, response.metrics)}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                {formatDoraCounts(metric, response.metrics)}
              </Typography>
            </TableCell>
            <TableCell align="right">
              <DoraTierBadge
                tier={response.metrics[metric].tier}
                tierTable={response.tierTable}
                compact
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Overview-page card: the entity's five DORA values with tiers over the last
 * 90 days, linking to the Delivery tab for trends and deployments.
 * @public
 */
export function EntityDeliveryCard(props: EntityDeliveryCardProps) {
  const { deliveryPath = 'delivery' } = props;
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const window = useMemo(
    () => doraWindowEndingNow(DEFAULT_DORA_RANGE_DAYS),
    [],
  );
  const { value, error } = useDoraReport(stringifyEntityRef(entity), window);

  let content;
  if (error) {
    content = (
      <ResponseErrorPanel title="Could not load DORA metrics" error={error} />
    );
  } else if (!value) {
    content = <Progress />;
  } else {
    content = <MetricRows response={value} />;
  }
  const table = value ? ` · tiers: DORA ${value.tierTable.year}` : '';
  return (
    <InfoCard
      title="Delivery"
      subheader={`Last ${DEFAULT_DORA_RANGE_DAYS} days${table}`}
      deepLink={{
        title: 'Deployments, trends and rules',
        link: `${entityLink(entity)}/${deliveryPath}`,
      }}
      variant="gridItem"
    >
      <div data-testid="entity-delivery-card">{content}</div>
    </InfoCard>
  );
}
