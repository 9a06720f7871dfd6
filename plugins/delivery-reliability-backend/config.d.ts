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
    /** SLOs: where definitions come from, evaluation, error-budget policy. */
    slo?: {
      /**
       * Evaluation step in minutes: each SLO objective stores one (good,
       * total) bucket per step.
       * @default 5
       */
      stepMinutes?: number;
      /**
       * Data is stale when the newest stored bucket ended longer ago than
       * this many minutes.
       * @default 15
       */
      staleAfterMinutes?: number;
      /**
       * Inline OpenSLO v1 documents per entity, in addition to the files
       * named by the `delivery-reliability.io/openslo` annotation.
       */
      entities?: Array<{
        /** e.g. `component:default/checkout-api`. */
        entityRef: string;
        /** OpenSLO v1 documents (SLO, SLI, DataSource, AlertPolicy, AlertCondition). */
        documents: Array<{ [key: string]: any }>;
      }>;
      /** Default error-budget policy (DESIGN.md "Error budget policy"). */
      policy?: {
        /** At risk below this share of budget left. @default 0.25 */
        atRiskBelowRatio?: number;
        /** Change types that may pass a freeze. @default ["hotfix", "security"] */
        freezeExemptChangeTypes?: Array<'feature' | 'hotfix' | 'security'>;
        /** Deny releases while an SLO has no data. @default false */
        denyOnNoData?: boolean;
      };
      /** Per-entity policies; fields left out take the default policy's. */
      policies?: Array<{
        entityRef: string;
        atRiskBelowRatio?: number;
        freezeExemptChangeTypes?: Array<'feature' | 'hotfix' | 'security'>;
        denyOnNoData?: boolean;
      }>;
      /** Planned maintenance excluded from budgets (the API can add more). */
      maintenanceWindows?: Array<{
        id: string;
        entityRef: string;
        /** RFC 3339. */
        from: string;
        /** RFC 3339, exclusive. */
        to: string;
        reason?: string;
      }>;
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
    /** The team comparison (`GET /v1/comparison`, the comparison page). */
    comparison?: {
      /**
       * Group refs (e.g. `group:default/engineering-leads`) whose members
       * may read the team comparison, for permission policies such as the
       * example in packages/backend/src/permissions: a user is a member when
       * their sign-in ownership refs include the group. The plugin itself
       * only asks for `delivery-reliability.comparison.read`.
       */
      readers?: string[];
    };
    /**
     * Thresholds of the ship-or-stabilise verdict (`GET /v1/verdict`, the
     * overview, the team comparison) and of budget burn per deployment.
     * The rule set is `decideVerdict` in plugin-delivery-reliability-common.
     * A bad value stops the backend at start-up.
     */
    verdict?: {
      /**
       * Delivery is slow when deployment frequency or lead time (p50) has
       * one of these tiers: 'elite', 'high', 'medium' or 'low'.
       * @default ["medium", "low"]
       */
      slowTiers?: Array<'elite' | 'high' | 'medium' | 'low'>;
      /**
       * Stability is poor when the change failure rate is above this ratio
       * (0 to 1; 0.15 = 15 %, the 2023 report's medium bound).
       * @default 0.15
       */
      maxChangeFailureRatio?: number;
      /**
       * The change failure rate is judged only from at least this many
       * production deployments in the window (a whole number ≥ 1).
       * @default 5
       */
      minDeploymentsForChangeFailureRate?: number;
      /**
       * Stability is poor when an SLO has one of these statuses: 'frozen',
       * 'at-risk' or 'no-data'.
       * @default ["frozen"]
       */
      unstableBudgetStatuses?: Array<'frozen' | 'at-risk' | 'no-data'>;
      /**
       * A production deployment burned budget when the hour after it
       * consumed at least this share (0 to 1) of the SLO period's whole
       * error budget more than the hour before. 0.005 = 0.5 %, a burn rate
       * of about 3.4 on a 28-day SLO.
       * @default 0.005
       */
      deploymentBurnThresholdRatio?: number;
    };
  };
}
