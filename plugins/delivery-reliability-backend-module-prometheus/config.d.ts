export interface Config {
  deliveryReliability?: {
    /**
     * Prometheus-compatible APIs (Prometheus, Thanos, Mimir, Cortex,
     * VictoriaMetrics…) that OpenSLO indicators of type `Prometheus` are
     * read from.
     */
    prometheus?: {
      /**
       * The data sources. An SLO uses the one whose `name` equals its
       * OpenSLO DataSource name (`metricSourceRef` / `dataSourceRef`), else
       * `defaultDataSource`, else the only one configured.
       */
      dataSources: Array<{
        /** Matched against OpenSLO DataSource names, e.g. `prometheus-prod`. */
        name: string;
        /** Base URL of the API, e.g. `http://prometheus:9090` (without `/api/v1`). */
        url: string;
        /**
         * Extra request headers, e.g. `Authorization` or `X-Scope-OrgID`.
         * @visibility secret
         */
        headers?: { [name: string]: string };
        /** Per-request timeout in seconds. @default 30 */
        timeoutSeconds?: number;
        /** Queries in flight at once against this data source. @default 4 */
        maxConcurrentQueries?: number;
      }>;
      /** Name of the data source used when an SLO names none (or an unknown one). */
      defaultDataSource?: string;
    };
  };
}
