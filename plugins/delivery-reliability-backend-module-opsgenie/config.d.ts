export interface Config {
  deliveryReliability?: {
    /**
     * Opsgenie pull source
     * (`@delivery-reliability/plugin-delivery-reliability-backend-module-opsgenie`).
     * The module does nothing while this section is absent.
     */
    opsgenie?: {
      /**
       * API key of an API integration with read access, sent as
       * `Authorization: GenieKey <key>`.
       * @visibility secret
       */
      apiKey: string;
      /** API base URL. Default `https://api.opsgenie.com`; EU instance: `https://api.eu.opsgenie.com`. */
      baseUrl?: string;
      schedule?: {
        /** Minutes between polls. Default 5. */
        frequencyMinutes?: number;
      };
      /** Days of history read the first time an entity is polled. Default 365. */
      backfillDays?: number;
      /** Minutes before the previous poll's end that the next poll starts again. Default 10. */
      overlapMinutes?: number;
      /** Environment recorded on the incidents. Default `production`. */
      environment?: string;
    };
  };
}
