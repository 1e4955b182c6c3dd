import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode, type AppErrorExtensions } from './errors';

/**
 * Heavy work (the matching planner, team formation): CPU for seconds and memory by the scope.
 *
 * Why worker threads rather than a solver that yields now and then: the solver's hot loops stay
 * plain synchronous code (no await in a min-cost-flow inner loop), the event loop is free for
 * the whole solve however long it takes, a worker's heap has its own ceiling (running out of it
 * ends the worker, not the server), and on two cores a plan runs beside the API instead of
 * slicing its time. What stays on the event loop is reading the scope from the database, which
 * the callers do in pages with a yield between them.
 *
 * Admission bounds memory: at most `threads` jobs run (each loads its scope, then solves in its
 * own worker), at most `queue` wait; one more is refused at once with SERVER_BUSY rather than
 * holding its memory in a queue. Scope sizes are capped by `maxPlanVolunteers` (checked with a
 * COUNT before anything is loaded) and `maxPlanPairs` (checked while the candidate pairs are
 * built, before the solver allocates its graph).
 */
export interface HeavyWorkSettings {
  /** Jobs running at once; each gets a worker thread. */
  readonly threads: number;
  /** Jobs that may wait for a slot; beyond this, SERVER_BUSY. */
  readonly queue: number;
  /** Heap ceiling of each worker (V8 old generation), in MB. */
  readonly workerMemoryMb: number;
  /** Active volunteers one plan (or team proposal) may read. */
  readonly maxPlanVolunteers: number;
  /** Candidate volunteer–need pairs one plan may weigh. */
  readonly maxPlanPairs: number;
  /** Seconds the mixed-integer solves of one plan may take together (its thread is held that long). */
  readonly maxPlanSolveSeconds: number;
  /**
   * Columns (choices) of the largest independent part of a plan given to HiGHS; larger parts keep
   * their feasible plan and its proven gap. HiGHS's own time limit is not checked inside every
   * step, so this bounds how long one solve can overrun.
   */
  readonly maxPlanMipColumns: number;
  /**
   * Records one archive export batch may hold on SQLite, where sorting its candidates is one
   * synchronous step on the event loop (about 180 ms at 30,000 on a 2-core machine).
   */
  readonly maxSqliteExportRecords: number;
}

export class ServerBusyError extends AppError {
  constructor(retryAfterSeconds: number, busyWith = 'other plans') {
    super(
      ErrorCode.SERVER_BUSY,
      `The server is busy with ${busyWith} just now; try again in ${retryAfterSeconds} s.`,
      {
        retryAfterSeconds,
        http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    );
  }
}

export class ScopeTooLargeError extends AppError {
  constructor(field: string, what: string, size: number | null, maxSize: number | null) {
    super(
      ErrorCode.SCOPE_TOO_LARGE,
      `This scope is too large to plan in one request: ${what}` +
        (size !== null && maxSize !== null ? ` (${size}; at most ${maxSize})` : '') +
        '. Plan a smaller scope: one city or one unit at a time.',
      { field, ...(size !== null ? { size } : {}), ...(maxSize !== null ? { maxSize } : {}) },
    );
  }
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { code?: string; message: string; extensions?: AppErrorExtensions };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** One worker thread and the job it runs (at most one at a time). */
class PooledWorker {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  readonly worker: Worker;
  dead = false;

  constructor(file: string, settings: HeavyWorkSettings, execArgv: string[] | undefined, onExit: () => void) {
    this.worker = new Worker(file, {
      ...(execArgv ? { execArgv } : {}),
      resourceLimits: { maxOldGenerationSizeMb: settings.workerMemoryMb },
    });
    this.worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(rebuildError(reply.error!));
    });
    const fail = (error: unknown) => {
      if (this.dead) return;
      this.dead = true;
      const outOfMemory = (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      for (const waiting of this.pending.values()) {
        waiting.reject(
          outOfMemory
            ? new ScopeTooLargeError('scope', 'it needs more memory than one plan may take', null, null)
            : error,
        );
      }
      this.pending.clear();
      onExit();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`heavy work thread stopped (exit code ${code})`)));
  }

  call(modulePath: string, exportName: string, payload: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, modulePath, exportName, payload });
    });
  }
}

function rebuildError(error: NonNullable<Reply['error']>): Error {
  if (error.code && Object.values(ErrorCode).includes(error.code as ErrorCode)) {
    return new AppError(error.code as ErrorCode, error.message, error.extensions ?? {});
  }
  return new Error(error.message);
}

export class HeavyWork {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly idle: PooledWorker[] = [];
  private readonly all = new Set<PooledWorker>();
  private closed = false;

  constructor(
    readonly settings: HeavyWorkSettings,
    /** Node options for the threads; tests running the TypeScript sources pass their loader. */
    private readonly execArgv?: string[],
  ) {}

  /**
   * Runs `job` once a slot is free; refuses at once with SERVER_BUSY when `queue` jobs already
   * wait. Whatever the job allocates is bounded by the number of slots.
   */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.settings.threads) {
      if (this.waiting.length >= this.settings.queue || this.closed) throw new ServerBusyError(5);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next job in line, so `running` stays as it is.
      if (next) next();
      else this.running--;
    }
  }

  /**
   * Calls `exportName` of the module at `modulePath` (absolute, resolved by the caller) with
   * `payload` in a worker thread. The payload and the answer are copied (structured clone), so
   * both must be plain data: objects, arrays, Maps, Sets, Dates, typed arrays.
   */
  async inWorker<T>(modulePath: string, exportName: string, payload: unknown): Promise<T> {
    if (this.closed) throw new ServerBusyError(5);
    const worker = this.idle.pop() ?? this.spawn();
    try {
      return (await worker.call(modulePath, exportName, payload)) as T;
    } finally {
      if (!worker.dead && !this.closed) this.idle.push(worker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve();
    await Promise.all([...this.all].map((pooled) => pooled.worker.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private spawn(): PooledWorker {
    // Built as .js next to this file; the TypeScript sources (tests) need a loader in execArgv.
    const file = path.join(__dirname, `heavy-work.worker${path.extname(__filename)}`);
    const pooled: PooledWorker = new PooledWorker(file, this.settings, this.execArgv, () => {
      this.all.delete(pooled);
      const at = this.idle.indexOf(pooled);
      if (at >= 0) this.idle.splice(at, 1);
    });
    // An idle thread must not keep a CLI or a test process alive.
    pooled.worker.unref();
    this.all.add(pooled);
    return pooled;
  }
}

/** Runs `job` through `work` when the caller has one (the server), inline otherwise (CLI, seeds, tests). */
export function withHeavyWork<T>(work: HeavyWork | undefined, job: () => Promise<T>): Promise<T> {
  return work ? work.run(job) : job();
}

/** Gives the event loop a turn (timers, sockets, /healthz) between pages of a long read. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * For long work on the event loop: the returned function gives the loop a turn (a promise to
 * await) once `everyMs` have passed since the last turn, and nothing otherwise, so calling it for
 * every row costs a clock read.
 */
export function loopTurns(everyMs = 20): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < everyMs) return undefined;
    return yieldToEventLoop().then(() => {
      last = performance.now();
    });
  };
}
