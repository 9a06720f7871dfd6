import { deliveryReliabilityPlugin, EntityDeliveryContent } from './plugin';
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

  it('exports the entity content extension', () => {
    expect(EntityDeliveryContent).toBeDefined();
  });
});
