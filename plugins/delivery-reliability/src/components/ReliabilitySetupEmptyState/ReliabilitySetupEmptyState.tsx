import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CodeSnippet, EmptyState } from '@backstage/core-components';
import {
  hasOpenSloAnnotation,
  OPENSLO_ANNOTATION,
} from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  openSloAnnotationYaml,
  openSloAppConfigYaml,
  openSloExampleYaml,
} from '../../utils/openSloExample';

function Step(props: { title: string; text: string; testId: string }) {
  return (
    <Box mb={3} data-testid={props.testId}>
      <Typography variant="body1" paragraph>
        {props.title}
      </Typography>
      <CodeSnippet text={props.text} language="yaml" showCopyCodeButton />
    </Box>
  );
}

/**
 * Shown when the backend knows no SLO of the entity and found no definition
 * problems: says both ways to define one — an OpenSLO file named by the
 * annotation, or documents inline in app-config — with a minimal example.
 */
export function ReliabilitySetupEmptyState(props: { entity: Entity }) {
  const { entity } = props;
  const name = entity.metadata.name;
  const annotated = hasOpenSloAnnotation(entity);
  const description = annotated
    ? `${name} names OpenSLO files in ${OPENSLO_ANNOTATION}, but they define no SLO yet. Add an SLO document like the one below (or define it inline in app-config).`
    : `Define SLOs with OpenSLO v1: commit a file next to catalog-info.yaml and name it in the ${OPENSLO_ANNOTATION} annotation, or put the documents inline under deliveryReliability.slo.entities in app-config.`;
  return (
    <div data-testid="reliability-setup-empty-state">
      <EmptyState
        missing={annotated ? 'data' : 'field'}
        title="No SLOs are defined for this entity"
        description={description}
        action={
          <>
            <Step
              testId="reliability-setup-openslo"
              title="1. An OpenSLO file, e.g. openslo.yaml:"
              text={openSloExampleYaml(name)}
            />
            {!annotated && (
              <Step
                testId="reliability-setup-annotation"
                title="2. The annotation in catalog-info.yaml:"
                text={openSloAnnotationYaml()}
              />
            )}
            <Step
              testId="reliability-setup-app-config"
              title="Or, without touching the repository, inline in app-config.yaml:"
              text={openSloAppConfigYaml(stringifyEntityRef(entity), name)}
            />
          </>
        }
      />
    </div>
  );
}
