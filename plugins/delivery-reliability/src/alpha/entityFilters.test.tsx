import { Entity } from '@backstage/catalog-model';
import {
  coreExtensionData,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { OPENSLO_ANNOTATION } from '@delivery-reliability/plugin-delivery-reliability-common';
import {
  deliveryEntityCard,
  errorBudgetEntityCard,
  overviewEntityCard,
} from './entityCards';
import {
  deliveryEntityContent,
  overviewEntityContent,
  reliabilityEntityContent,
  teamDeliveryEntityContent,
} from './entityContents';
import { componentOfType, sampleEntitiesShown } from './__testUtils__';

describe('entity filters of the tabs and cards', () => {
  it('shows the component tabs on services and websites, the team tab on groups, the overview on both and on systems', () => {
    const shownOn = (extension: ExtensionDefinition<any>) =>
      sampleEntitiesShown(
        createExtensionTester(extension).get(
          EntityContentBlueprint.dataRefs.filterFunction,
        ),
      );

    expect(shownOn(deliveryEntityContent)).toEqual(['a-service', 'a-website']);
    expect(shownOn(reliabilityEntityContent)).toEqual([
      'a-service',
      'a-website',
    ]);
    expect(shownOn(teamDeliveryEntityContent)).toEqual(['team-checkout']);
    expect(shownOn(overviewEntityContent)).toEqual([
      'a-service',
      'a-website',
      'team-checkout',
      'shop',
    ]);
  });

  it('shows the DORA and budget cards on services and websites, the verdict card also on teams and systems', () => {
    const shownOn = (extension: ExtensionDefinition<any>) =>
      sampleEntitiesShown(
        createExtensionTester(extension).get(
          EntityCardBlueprint.dataRefs.filterFunction,
        ),
      );

    expect(shownOn(deliveryEntityCard)).toEqual(['a-service', 'a-website']);
    expect(shownOn(errorBudgetEntityCard)).toEqual(['a-service', 'a-website']);
    // The verdict also rolls up a team's or a system's components.
    expect(shownOn(overviewEntityCard)).toEqual([
      'a-service',
      'a-website',
      'team-checkout',
      'shop',
    ]);
  });

  it('lets app config replace the filter and the path', () => {
    const tester = createExtensionTester(deliveryEntityContent, {
      config: { filter: { kind: 'component' }, path: '/dora' },
    });
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);

    expect(sampleEntitiesShown(filter)).toEqual([
      'a-service',
      'a-website',
      'a-library',
    ]);
    expect(tester.get(coreExtensionData.routePath)).toBe('/dora');
  });

  it('can limit the Reliability tab to entities with OpenSLO definitions', () => {
    const filter = createExtensionTester(reliabilityEntityContent, {
      config: {
        filter: {
          [`metadata.annotations.${OPENSLO_ANNOTATION}`]: { $exists: true },
        },
      },
    }).get(EntityContentBlueprint.dataRefs.filterFunction) as (
      entity: Entity,
    ) => boolean;
    const service = componentOfType('service');
    const withSlos: Entity = {
      ...service,
      metadata: {
        ...service.metadata,
        annotations: { [OPENSLO_ANNOTATION]: './slos.yaml' },
      },
    };

    expect(filter(withSlos)).toBe(true);
    expect(filter(service)).toBe(false);
  });
});
