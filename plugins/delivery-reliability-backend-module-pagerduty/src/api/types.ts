/**
 * The parts of PagerDuty REST API v2 responses this module reads
 * (`GET /incidents`, `GET /incidents/{id}`). Everything is optional because
 * the module validates what arrives instead of trusting it.
 */

/** An incident as listed by PagerDuty. @public */
export interface PagerDutyIncident {
  id?: string;
  title?: string;
  summary?: string;
  status?: 'triggered' | 'acknowledged' | 'resolved' | string;
  urgency?: 'high' | 'low' | string;
  /** When the incident was first triggered. */
  created_at?: string;
  /** When the incident was resolved; present on resolved incidents. */
  resolved_at?: string | null;
  last_status_change_at?: string;
  priority?: { id?: string; name?: string; summary?: string } | null;
  service?: { id?: string; summary?: string };
  html_url?: string;
}

/** One page of `GET /incidents` (classic offset pagination). @public */
export interface PagerDutyIncidentPage {
  incidents: PagerDutyIncident[];
  limit: number;
  offset: number;
  more: boolean;
  total?: number | null;
}
