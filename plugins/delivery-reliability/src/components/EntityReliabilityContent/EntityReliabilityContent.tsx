import { useState } from 'react';
import Grid from '@material-ui/core/Grid';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useGate } from '../../hooks/useGate';
import {
  useProductionDeployments,
  useReliabilityIncidents,
} from '../../hooks/useReliabilityEvents';
import { useSlos } from '../../hooks/useSlos';
import { ReleaseGateBanner } from '../ReleaseGateBanner';
import { ReliabilityIncidentsTable } from '../ReliabilityIncidentsTable';
import { ReliabilitySetupEmptyState } from '../ReliabilitySetupEmptyState';
import { SloBurndownChart } from '../SloBurndownChart';
import { SloDefinitionIssues } from '../SloDefinitionIssues';
import { SloList } from '../SloList';

/**
 * Reliability tab of an entity page: the release gate's decision for a
 * feature release, every SLO objective with its budget and burn rates, the
 * selected SLO's budget burndown with deployments and incidents, OpenSLO
 * definition problems, and the incidents with recurrence hints. Guides setup
 * when no SLO is defined.
 * @public
 */
export function EntityReliabilityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const slos = useSlos(entityRef);
  const gate = useGate(entityRef);
  const incidents = useReliabilityIncidents(entityRef);
  const deployments = useProductionDeployments(entityRef);
  // One "now" per visit: the chart windows and incident bands stay put.
  const [nowMs] = useState(() => Date.now());
  const [selectedId, setSelectedId] = useState<string>();

  if (slos.error) {
    return (
      <ResponseErrorPanel title="Could not load SLOs" error={slos.error} />
    );
  }
  if (!slos.value) return <Progress />;
  const { slos: list, issues } = slos.value;
  if (list.length === 0 && issues.length === 0) {
    return <ReliabilitySetupEmptyState entity={entity} />;
  }
  const selected = list.find(s => s.id === selectedId) ?? list[0];
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ReleaseGateBanner
          entityRef={entityRef}
          gate={gate.value}
          error={gate.error}
        />
      </Grid>
      {issues.length > 0 && (
        <Grid item xs={12}>
          <SloDefinitionIssues issues={issues} />
        </Grid>
      )}
      {list.length > 0 && (
        <Grid item xs={12}>
          <SloList
            slos={list}
            selectedId={selected.id}
            onSelect={setSelectedId}
          />
        </Grid>
      )}
      {selected && (
        <Grid item xs={12}>
          <SloBurndownChart
            entityRef={entityRef}
            slo={selected}
            deployments={deployments.value?.items}
            incidents={incidents.value?.items}
            nowMs={nowMs}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <ReliabilityIncidentsTable
          incidents={incidents.value}
          error={incidents.error}
        />
      </Grid>
    </Grid>
  );
}
