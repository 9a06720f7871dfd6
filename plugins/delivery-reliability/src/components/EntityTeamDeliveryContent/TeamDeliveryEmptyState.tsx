import { CodeSnippet, EmptyState } from '@backstage/core-components';
import { DELIVERY_RELIABILITY_EVENTS_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';

/**
 * Shown when the group (with its child groups) owns no component: says how
 * components join the team's metrics.
 */
export function TeamDeliveryEmptyState(props: { groupRef: string }) {
  const { groupRef } = props;
  const yaml = `# catalog-info.yaml of each of the team's components
metadata:
  annotations:
    ${DELIVERY_RELIABILITY_EVENTS_ANNOTATION}: push
spec:
  owner: ${groupRef}`;
  return (
    <div data-testid="team-delivery-empty-state">
      <EmptyState
        missing="field"
        title="This team owns no components yet"
        description={`Team metrics count the delivery events of every component that ${groupRef} or one of its child groups owns. Set the owner of the team's components and have their CI send deployment events.`}
        action={<CodeSnippet text={yaml} language="yaml" showCopyCodeButton />}
      />
    </div>
  );
}
