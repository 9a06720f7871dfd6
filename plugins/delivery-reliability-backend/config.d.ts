export interface Config {
  /** Settings of the delivery-reliability plugins. */
  deliveryReliability?: {
    /**
     * Environments whose succeeded deployments count as production
     * deployments (DORA metrics, incident attribution).
     * @default ["production"]
     */
    productionEnvironments?: string[];
    /** Limits of `POST /api/delivery-reliability/v1/events`. */
    ingestion?: {
      /**
       * Most events one request may carry; more are answered with 413.
       * @default 5000
       */
      maxEventsPerRequest?: number;
      /**
       * Largest request body in bytes; larger ones are answered with 413.
       * @default 5242880
       */
      maxRequestBytes?: number;
      /**
       * Batches (requests and event-source calls) validated and written at
       * the same time; others wait before their body is read, which bounds
       * memory. Defaults to 1 on SQLite, whose writes are serial anyway, and
       * 4 on PostgreSQL.
       */
      maxConcurrentBatches?: number;
    };
  };
}
