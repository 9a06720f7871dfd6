export interface Config {
  deliveryReliability?: {
    /** Built-in demo data source (`@delivery-reliability/plugin-delivery-reliability-backend-module-demo`). */
    demo?: {
      /** Generate demo events; off unless set to true. */
      enabled?: boolean;
      /** Days of history sent at startup. Default 90. */
      historyDays?: number;
      /** Seconds between sends of new events while running. Default 60. */
      intervalSeconds?: number;
      /** Seed of the generator; the same seed always gives the same events. */
      seed?: number;
      /** Services to generate events for. */
      services?: Array<{
        /** Full entity ref, e.g. `component:default/checkout-api`. */
        entityRef: string;
        /** Delivery profile. */
        profile: 'fast-steady' | 'slow' | 'fast-flaky';
      }>;
    };
  };
}
