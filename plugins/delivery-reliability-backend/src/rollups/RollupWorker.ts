import { LoggerService } from '@backstage/backend-plugin-api';

/** Timing of {@link RollupWorker}. @internal */
export interface RollupWorkerOptions {
  /** Run this long after the last nudge… */
  quietMs: number;
  /** …but no later than this after the first one, under steady ingestion. */
  maxDelayMs: number;
}

/**
 * Runs the rollup recomputation in the background, debounced: ingestion
 * nudges it after each stored batch, and it runs once batches pause (or
 * after `maxDelayMs`), so one run serves many batches and ingestion never
 * waits for it. Single-flight per process; a nudge during a run schedules
 * another. Failures are logged and the marks stay for the next run or the
 * scheduled sweep.
 * @internal
 */
export class RollupWorker {
  private timer: NodeJS.Timeout | undefined;
  private firstNudgeAt: number | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly logger: LoggerService,
    private readonly options: RollupWorkerOptions = {
      quietMs: 1_000,
      maxDelayMs: 10_000,
    },
  ) {}

  /** Asks for a run soon. */
  nudge(): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstNudgeAt ??= now;
    const latest = this.firstNudgeAt + this.options.maxDelayMs;
    const delay = Math.max(0, Math.min(this.options.quietMs, latest - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firstNudgeAt = undefined;
      this.runNow().catch(() => {});
    }, delay);
    // Pending rollup work must not keep the process alive.
    this.timer.unref?.();
  }

  /** Runs now (or joins the current run and runs once more after it). */
  runNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          try {
            await this.work();
          } catch (error) {
            this.logger.warn(
              `DORA rollup recomputation failed; the marks stay for the next run: ${error}`,
            );
            return;
          }
        } while (this.again && !this.stopped);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Stops scheduling runs and waits for the current one. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
