/**
 * The parts of Opsgenie Incident API responses this module reads
 * (`GET /v1/incidents`, `GET /v1/incidents/{id}`). Everything is optional
 * because the module validates what arrives instead of trusting it.
 */

/** An incident as listed by Opsgenie. @public */
export interface OpsgenieIncident {
  id?: string;
  tinyId?: string;
  message?: string;
  /** `open`, `resolved` or `closed`. */
  status?: string;
  tags?: string[];
  createdAt?: string;
  /** Last change; for resolved/closed incidents, the resolve or close. */
  updatedAt?: string;
  /** `P1` (highest) … `P5`. */
  priority?: string;
  ownerTeam?: string;
  impactedServices?: string[];
}

/** One page of `GET /v1/incidents`. @public */
export interface OpsgenieIncidentPage {
  data?: OpsgenieIncident[];
  paging?: { next?: string; first?: string; last?: string };
  took?: number;
  requestId?: string;
}
