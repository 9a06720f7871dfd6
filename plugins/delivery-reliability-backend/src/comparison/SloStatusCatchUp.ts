import { SloStatusReader, SloStatusRow } from '../slo/status/types';
import { runWithConcurrency } from '../slo/evaluation/runWithConcurrency';

/** Dependencies of {@link SloStatusCatchUp}. @internal */
export interface SloStatusCatchUpOptions {
  reader: SloStatusReader;
  /** Entities with SLO definitions (annotation or inline config). */
  listEntityRefs(): Promise<string[]>;
  /** Evaluates an entity's SLOs now and stores its status rows. */
  evaluateFirstSight(entityRef: string): Promise<unknown>;
  /** How long the list of entities with SLOs, and a tried entity, are remembered. */
  rememberMs: number;
  /** Most time one request waits for catching up; the rest finishes in the background. */
  maxWaitMs: number;
}

/**
 * Reads the stored SLO statuses, first evaluating the compared entities
 * that have SLOs but no stored status yet (SLOs just added, or a backend
 * that started moments ago and whose first cycle ran before the catalog was
 * read). Without it a team's new SLOs would be missing from the page until
 * the next evaluation cycle. In the steady state nothing is missing and
 * this costs one cached list.
 * @internal
 */
export class SloStatusCatchUp {
  private withSlos: { refs: Promise<string[]>; atMs: number } | undefined;
  private readonly triedAtMs = new Map<string, number>();

  constructor(private readonly options: SloStatusCatchUpOptions) {}

  async readAll(
    inScope: ReadonlySet<string>,
    nowMs: number = Date.now(),
  ): Promise<{ rows: SloStatusRow[]; asOfMs: number | null }> {
    const { reader, evaluateFirstSight, maxWaitMs } = this.options;
    const [status, withSlos] = await Promise.all([
      reader.readAll(),
      this.entitiesWithSlos(nowMs),
    ]);
    const stored = new Set(status.rows.map(row => row.entityRef));
    const missing = withSlos.filter(
      ref =>
        inScope.has(ref) && !stored.has(ref) && !this.triedRecently(ref, nowMs),
    );
    if (missing.length === 0) return status;
    missing.forEach(ref => this.triedAtMs.set(ref, nowMs));
    const work = runWithConcurrency(missing, 4, ref =>
      evaluateFirstSight(ref).catch(() => undefined),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      work,
      new Promise(resolve => {
        timer = setTimeout(resolve, maxWaitMs);
      }),
    ]).finally(() => clearTimeout(timer));
    return reader.readAll();
  }

  private triedRecently(ref: string, nowMs: number) {
    const at = this.triedAtMs.get(ref);
    return at !== undefined && nowMs - at < this.options.rememberMs;
  }

  private entitiesWithSlos(nowMs: number): Promise<string[]> {
    if (
      !this.withSlos ||
      nowMs - this.withSlos.atMs >= this.options.rememberMs
    ) {
      const refs = this.options.listEntityRefs().catch(() => [] as string[]);
      this.withSlos = { refs, atMs: nowMs };
    }
    return this.withSlos.refs;
  }
}
