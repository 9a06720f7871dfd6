export interface Config {
  deliveryReliability?: {
    /**
     * GitHub pull source (`@delivery-reliability/plugin-delivery-reliability-backend-module-github`).
     * Credentials come from `integrations.github` (token or GitHub App).
     */
    github?: {
      /** How often repositories are synced. Default every 10 minutes. */
      schedule?: {
        /** Minutes between syncs. Default 10. */
        frequencyMinutes?: number;
      };
      /** Days of history read when a repository is first seen. Default 365. */
      backfillDays?: number;
      /**
       * Our environment name → GitHub environment names (case-insensitive)
       * that mean it. Default `{ production: ['production', 'prod'] }`;
       * other GitHub environments keep their own (lower-cased) name.
       */
      environments?: { [name: string]: string[] };
      /** Repositories synced at the same time. Default 4. */
      maxConcurrentRepositories?: number;
      /** GitHub host of `github.com/project-slug` annotations; must be configured under integrations.github. Default github.com. */
      host?: string;
    };
  };
}
