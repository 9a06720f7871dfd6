import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import { VerdictResponse } from '@delivery-reliability/plugin-delivery-reliability-common';
import { useGate } from '../../hooks/useGate';
import { useVerdict } from '../../hooks/useVerdict';
import {
  DEFAULT_DORA_RANGE_DAYS,
  doraWindowEndingNow,
} from '../../utils/doraWindow';
import { SloStatusCounts } from '../EntityDeliveryReliabilityContent';
import { GateStatusLine } from '../GateStatusLine';
import { VerdictLabel } from '../VerdictBanner';
import { CompactDora } from './CompactDora';

/** Props of {@link EntityDeliveryReliabilityCard}. @public */
export interface EntityDeliveryReliabilityCardProps {
  /** Path of the Delivery & Reliability tab under the entity page; default `delivery-reliability`. */
  overviewPath?: string;
}

/** The gate belongs to one Component; asked only there. */
function ComponentGate(props: { entityRef: string }) {
  const gate = useGate(props.entityRef);
  return <GateStatusLine gate={gate.value} error={gate.error} />;
}

function Summary(props: { response: VerdictResponse; isComponent: boolean }) {
  const { response, isComponent } = props;
  return (
    <>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <VerdictLabel kind={response.verdict.kind} size="small" />
      </Box>
      <Typography
        variant="body2"
        data-testid="verdict-headline"
        style={{ marginTop: 4 }}
      >
        {response.verdict.headline}
      </Typography>
      <Box mt={1.5}>
        <CompactDora report={response.dora} />
      </Box>
      <Box mt={1.5} display="flex" flexDirection="column" style={{ gap: 8 }}>
        <SloStatusCounts counts={response.sloStatusCounts} />
        {isComponent && <ComponentGate entityRef={response.entityRef} />}
      </Box>
    </>
  );
}

/**
 * Overview-page card: the ship-or-stabilise verdict and its headline over
 * the last 90 days, the five DORA values with tiers, SLO objectives by
 * status and (for a Component) the release gate, linking to the Delivery &
 * Reliability tab. Sized for half the overview grid.
 * @public
 */
export function EntityDeliveryReliabilityCard(
  props: EntityDeliveryReliabilityCardProps,
) {
  const { overviewPath = 'delivery-reliability' } = props;
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const window = useMemo(
    () => doraWindowEndingNow(DEFAULT_DORA_RANGE_DAYS),
    [],
  );
  const verdict = useVerdict(stringifyEntityRef(entity), window);
  const isComponent = entity.kind.toLowerCase() === 'component';

  let content;
  if (verdict.error) {
    content = (
      <ResponseErrorPanel
        title="Could not load the verdict"
        error={verdict.error}
      />
    );
  } else if (!verdict.value) {
    content = <Progress />;
  } else {
    content = <Summary response={verdict.value} isComponent={isComponent} />;
  }
  return (
    <InfoCard
      title="Delivery & Reliability"
      subheader={`Last ${DEFAULT_DORA_RANGE_DAYS} days · SLOs over their own windows`}
      deepLink={{
        title: 'Verdict, reasons and budget burn',
        link: `${entityLink(entity)}/${overviewPath}`,
      }}
      variant="gridItem"
    >
      <div
        data-testid="entity-delivery-reliability-card"
        role="region"
        aria-label="verdict"
        data-kind={verdict.value?.verdict.kind}
      >
        {content}
      </div>
    </InfoCard>
  );
}
