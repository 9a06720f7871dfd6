import {
  deliveryReliabilityPlugin,
  EntityDeliveryCard,
  EntityDeliveryContent,
  EntityErrorBudgetCard,
  EntityReliabilityContent,
  EntityTeamDeliveryContent,
} from './plugin';
import { deliveryReliabilityApiRef } from './api';

describe('delivery-reliability plugin', () => {
  it('has the plugin id and provides the API client', () => {
    expect(deliveryReliabilityPlugin.getId()).toBe('delivery-reliability');
    const apiRefIds = [...deliveryReliabilityPlugin.getApis()].map(
      factory => factory.api.id,
    );
    expect(apiRefIds).toEqual([deliveryReliabilityApiRef.id]);
    expect(deliveryReliabilityApiRef.id).toBe(
      'plugin.delivery-reliability.service',
    );
  });

  it('exports the entity tabs and the overview card', () => {
    expect(EntityDeliveryContent).toBeDefined();
    expect(EntityTeamDeliveryContent).toBeDefined();
    expect(EntityDeliveryCard).toBeDefined();
    expect(EntityReliabilityContent).toBeDefined();
    expect(EntityErrorBudgetCard).toBeDefined();
    expect(Object.keys(deliveryReliabilityPlugin.routes)).toEqual([
      'root',
      'teamDelivery',
      'reliability',
      'comparison',
      'overview',
    ]);
  });
});
