export interface Config {
  deliveryReliability?: {
    /**
     * PagerDuty pull source
     * (`@delivery-reliability/plugin-delivery-reliability-backend-module-pagerduty`).
     * The module does nothing while this section is absent.
     */
    pagerduty?: {
      /**
       * REST API key (a read-only key is enough), sent as
       * `Authorization: Token token=<key>`.
       * @visibility secret
       */
      apiToken: string;
      /** API base URL. Default `https://api.pagerduty.com` (EU accounts: `https://api.eu.pagerduty.com`). */
      baseUrl?: string;
      schedule?: {
        /** Minutes between polls. Default 5. */
        frequencyMinutes?: number;
      };
      /** Days of history read the first time a service is polled. Default 365. */
      backfillDays?: number;
      /** Minutes before the previous poll's end that the next poll starts again. Default 10. */
      overlapMinutes?: number;
      /** Environment recorded on the incidents. Default `production`. */
      environment?: string;
    };
  };
}
