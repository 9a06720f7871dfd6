import { InputError } from '@backstage/errors';

/**
 * PromQL shapes. The bucket of `[s, s + step)` is the query evaluated at
 * `s + step` over a range of exactly one step, so `query_range` with
 * `start = from + step`, `step = step` yields consecutive buckets whose
 * `increase()` ranges tile time: Prometheus 2.x selects `[t − step, t]`, so
 * neighbouring buckets share their boundary sample and sums telescope.
 */

/** `{{.window}}` (Sloth) or `$__step`: replaced by the step, e.g. `5m` → `300s`. */
const WINDOW_PLACEHOLDER = /\{\{\s*\.window\s*\}\}|\$__step\b/g;

// A vector selector: an optional metric name and optional label matchers,
// whose quoted values may hold braces.
const SELECTOR =
  /^\s*((?:[a-zA-Z_:][a-zA-Z0-9_:]*)?\s*(?:\{(?:[^{}"'`]|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`)*\})?)\s*$/;
// `sum(...)` with an optional `by`/`without` clause before or after.
const SUM =
  /^\s*sum\s*(?:(?:by|without)\s*\([^()]*\)\s*)?\(([\s\S]*)\)\s*(?:(?:by|without)\s*\([^()]*\)\s*)?$/;

/** A step as a PromQL duration: whole seconds when possible (`300s`), else ms. @public */
export function promDuration(stepMs: number): string {
  return stepMs % 1000 === 0 ? `${stepMs / 1000}s` : `${stepMs}ms`;
}

/** The query with every window placeholder replaced by the step. @public */
export function withWindow(query: string, stepMs: number): string {
  return query.replace(WINDOW_PLACEHOLDER, promDuration(stepMs));
}

function hasWindowPlaceholder(query: string): boolean {
  return new RegExp(WINDOW_PLACEHOLDER.source).test(query);
}

/** The vector selector of `q` or `sum(q)`, else undefined. */
function counterSelector(query: string): string | undefined {
  const inner = SUM.exec(query)?.[1] ?? query;
  const selector = SELECTOR.exec(inner)?.[1]?.trim();
  return selector ? selector : undefined;
}

/**
 * Events of one step from a ratio query. `counter: true` (the OpenSLO
 * default): the query is a counter selector, optionally in `sum(...)`, and
 * the step's events are `sum(increase(selector[step]))`. A query with a
 * window placeholder (or `counter: false`) already gives the step's events,
 * e.g. `increase(x[{{.window}}])`, and is only summed to one series.
 * @public
 */
export function stepCountQuery(
  query: string,
  counter: boolean,
  stepMs: number,
): string {
  if (!counter || hasWindowPlaceholder(query)) {
    return `sum(${withWindow(query, stepMs)})`;
  }
  const selector = counterSelector(query);
  if (!selector) {
    throw new InputError(
      `A ratio indicator with counter: true needs a counter selector such as ` +
        `http_requests_total{code!~"5.."} (optionally inside sum(...)), got ${query}. ` +
        `For other expressions give the events per step, e.g. ` +
        `sum(increase(http_requests_total[{{.window}}])), or set counter: false.`,
    );
  }
  return `sum(increase(${selector}[${promDuration(stepMs)}]))`;
}
