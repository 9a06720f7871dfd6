import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CodeSnippet, EmptyState } from '@backstage/core-components';
import {
  DELIVERY_RELIABILITY_EVENTS_ANNOTATION,
  isDeliveryReliabilityAvailable,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { useEventsUrl } from '../../hooks/useEventsUrl';
import {
  buildDeploymentEventCurl,
  CI_TOKEN_VARIABLE,
} from '../../utils/curlExample';

const ANNOTATION_YAML = `metadata:
  annotations:
    ${DELIVERY_RELIABILITY_EVENTS_ANNOTATION}: push`;

/** RFC 3339 without milliseconds, as CI tools usually print it. */
function nowRfc3339() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function SendEventExample(props: { entity: Entity }) {
  const { entity } = props;
  const eventsUrl = useEventsUrl();
  // Fixed at first render so the copied command does not change under the user.
  const [finishedAt] = useState(nowRfc3339);
  const curl = buildDeploymentEventCurl({
    eventsUrl,
    entityRef: stringifyEntityRef(entity),
    entityName: entity.metadata.name,
    finishedAt,
  });
  return (
    <Box data-testid="delivery-setup-curl">
      <Typography variant="body1" paragraph>
        Have your CI pipeline report each deployment (with a token from{' '}
        <code>backend.auth.externalAccess</code> in{' '}
        <code>${CI_TOKEN_VARIABLE}</code>), for example:
      </Typography>
      <CodeSnippet text={curl} language="bash" showCopyCodeButton />
    </Box>
  );
}

/**
 * Shown instead of the deployments table when no deployment of the entity was
 * ever received: says which annotation to add (if missing) and how to send
 * the first event.
 */
export function DeliverySetupEmptyState(props: { entity: Entity }) {
  const { entity } = props;
  if (isDeliveryReliabilityAvailable(entity)) {
    return (
      <div data-testid="delivery-setup-empty-state">
        <EmptyState
          missing="data"
          title="No delivery events have arrived yet"
          description={`${entity.metadata.name} is set up for delivery events, but no deployment has been reported. Events appear here as soon as the backend receives them.`}
          action={<SendEventExample entity={entity} />}
        />
      </div>
    );
  }
  return (
    <div data-testid="delivery-setup-empty-state">
      <EmptyState
        missing="field"
        title="Delivery tracking is not set up for this entity"
        description={`Add the ${DELIVERY_RELIABILITY_EVENTS_ANNOTATION} annotation to the entity's catalog-info.yaml, then send deployment events to the delivery-reliability backend.`}
        action={
          <>
            <Box data-testid="delivery-setup-annotation" mb={3}>
              <Typography variant="body1" paragraph>
                1. Add the annotation:
              </Typography>
              <CodeSnippet
                text={ANNOTATION_YAML}
                language="yaml"
                showCopyCodeButton
              />
            </Box>
            <Typography variant="body1" paragraph>
              2. Send events:
            </Typography>
            <SendEventExample entity={entity} />
          </>
        }
      />
    </div>
  );
}
