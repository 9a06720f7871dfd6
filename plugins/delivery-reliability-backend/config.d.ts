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
    /** How `GET /api/delivery-reliability/v1/dora` counts and tiers. */
    dora?: {
      /**
       * Report year of the tier table: '2021', '2022', '2023' or '2024'
       * (State of DevOps reports); responses name the table used. Any
       * other value stops the backend at start-up.
       * @default "2023"
       */
      tierTable?: string;
      /**
       * Where a change's lead time starts: 'firstCommit', 'prOpened' or
       * 'merged' (falling back to the first commit when a change lacks the
       * chosen time). Changing it recomputes the rollups.
       * @default "firstCommit"
       */
      leadTimeStart?: 'firstCommit' | 'prOpened' | 'merged';
    };
  };
}
