import Box from '@material-ui/core/Box';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useComparison } from '../../hooks/useComparison';
import { useDoraRange } from '../../hooks/useDora';
import { DoraRangeSelector } from '../DoraRangeSelector';
import { ComparisonView } from './ComparisonView';
import { DoraCaution } from './DoraCaution';
import {
  isPermissionDenied,
  PermissionDeniedPanel,
} from './PermissionDeniedPanel';

/** Props of {@link DeliveryReliabilityPage}. */
export interface DeliveryReliabilityPageProps {
  /** Where the comparison permission is documented; defaults to the README on npm. */
  permissionDocsUrl?: string;
  /** A fixed scatter width, for tests and screenshots; fills the page otherwise. */
  chartWidth?: number;
}

/**
 * The team comparison page: DORA's caution, then which teams should focus
 * on speed and which on stability, a sortable, filterable table of teams
 * expandable to their services, a CSV export and a speed-vs-stability
 * scatter. Needs the `delivery-reliability.comparison.read` permission and
 * says so when it is missing.
 * @public
 */
export function DeliveryReliabilityPage(props: DeliveryReliabilityPageProps) {
  const { permissionDocsUrl, chartWidth } = props;
  const { days, setDays, window } = useDoraRange();
  const comparison = useComparison(window);

  let body;
  if (comparison.error) {
    body = isPermissionDenied(comparison.error) ? (
      <PermissionDeniedPanel docsUrl={permissionDocsUrl} />
    ) : (
      <ResponseErrorPanel
        title="Could not load the team comparison"
        error={comparison.error}
      />
    );
  } else if (!comparison.value) {
    body = (
      <>
        <DoraRangeSelector days={days} onChange={setDays} />
        <Progress />
      </>
    );
  } else {
    body = (
      <ComparisonView
        response={comparison.value}
        days={days}
        onDaysChange={setDays}
        loading={comparison.loading}
        chartWidth={chartWidth}
      />
    );
  }
  return (
    <Page themeId="tool">
      <Header
        title="Delivery & Reliability"
        subtitle="Which teams should focus on speed and which on stability — and why"
      />
      <Content>
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <DoraCaution tierTable={comparison.value?.tierTable} />
          {body}
        </Box>
      </Content>
    </Page>
  );
}
