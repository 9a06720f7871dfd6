import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import {
  DeploymentView,
  LeadTimeStart,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import { useDeploymentsPage } from '../../hooks/useDeploymentsPage';
import { DeliverySetupEmptyState } from '../DeliverySetupEmptyState';
import { DeploymentsTable } from '../DeploymentsTable';
import { EnvironmentFilter } from '../EnvironmentFilter';

/** Production first (it is what the DORA metrics count), then by name. */
function byRelevance(a: string, b: string) {
  if (a === 'production' || b === 'production') {
    return a === 'production' ? -1 : 1;
  }
  return a.localeCompare(b);
}

/**
 * The environments of the deployments loaded so far. The API has no list of
 * environments, so the filter offers those seen on any page the user opened.
 */
function useSeenEnvironments(items: DeploymentView[] | undefined) {
  const [seen, setSeen] = useState<string[]>([]);
  useEffect(() => {
    if (!items) return;
    setSeen(previous => {
      const merged = new Set([...previous, ...items.map(d => d.environment)]);
      return merged.size === previous.length
        ? previous
        : [...merged].sort(byRelevance);
    });
  }, [items]);
  return seen;
}

/**
 * Deployments of an entity with loading, error and setup states, and an
 * environment filter.
 */
export function DeploymentsSection(props: {
  entity: Entity;
  /** Where lead times start, as the DORA response says; default first commit. */
  leadTimeStart?: LeadTimeStart;
}) {
  const { entity, leadTimeStart } = props;
  const entityRef = stringifyEntityRef(entity);
  const [page, setPage] = useState(0);
  const [environment, setEnvironment] = useState<string>();
  const { value, loading, error } = useDeploymentsPage(
    entityRef,
    page,
    environment,
  );
  const environments = useSeenEnvironments(value?.items);

  if (error) {
    return (
      <ResponseErrorPanel title="Could not load deployments" error={error} />
    );
  }
  if (!value) {
    return <Progress />;
  }
  // Only an unfiltered empty list means nothing arrived yet.
  if (value.totalCount === 0 && !environment) {
    return <DeliverySetupEmptyState entity={entity} />;
  }
  return (
    <>
      <Box display="flex" justifyContent="flex-end" mb={2}>
        <EnvironmentFilter
          environments={environments}
          value={environment}
          onChange={next => {
            setEnvironment(next);
            setPage(0);
          }}
        />
      </Box>
      <DeploymentsTable
        deployments={value}
        page={page}
        onPageChange={setPage}
        loading={loading}
        leadTimeStart={leadTimeStart}
        emptyMessage={`No deployments to ${environment ?? 'any environment'}.`}
      />
    </>
  );
}
