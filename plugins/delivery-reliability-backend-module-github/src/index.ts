/**
 * GitHub pull source for the delivery-reliability backend: deployments, pull requests and commits with backfill and monorepo attribution.
 *
 * @packageDocumentation
 */
export { deliveryReliabilityModuleGithub as default } from './module';
export { deliveryReliabilityModuleGithub } from './module';
export { readGithubSourceConfig } from './config';
export type { GithubSourceConfig } from './config';
