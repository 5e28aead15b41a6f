import { Worker } from 'node:worker_threads';
import { BanenmatchError, type ErrorCode } from '../errors.js';
import { WHAT } from './options.js';
import type { Reply, Request } from './protocol.js';

/** Candidates a main-thread loop handles before it lets events run (an abort among them). */
export const PAUSE_EVERY = 16_384;

/** What a worker is doing after each request or reply, for error messages. */
const PHASE_AFTER: Partial<Record<Request['type'] | Reply['type'], string>> = {
  begin: 'compiling',
  records: 'compiling',
  compile: 'compiling',
  compiled: 'shortlisting',
  shortlisted: 'waiting',
  solve: 'solving',
  solved: 'waiting',
  explain: 'explaining',
};

/**
 * The worker threads of one run, each with an inbox of replies read in order by {@link Pool.next}. A
 * worker's error or unexpected exit, an abort, or an error in handling a message fails the whole pool:
 * every pending read rejects with that error and every worker is terminated.
 */
export class Pool {
  failure: unknown;
  private readonly workers: Worker[];
  private readonly phase: string[];
  private readonly inbox: Reply[][];
  private readonly waiting: (
    | { resolve: (reply: Reply) => void; reject: (error: unknown) => void }
    | undefined
  )[];
  private closing = false;

  constructor(url: URL, count: number, onProgress: (part: number, permille: number) => void) {
    this.phase = new Array<string>(count).fill('starting');
    this.inbox = Array.from({ length: count }, () => []);
    this.waiting = new Array(count).fill(undefined);
    this.workers = Array.from({ length: count }, (_, p) => {
      // The worker runs the built library and needs none of the caller's Node options (`--input-type`
      // from `node -e`, loaders such as tsx); V8 options are process-wide anyway.
      const worker = new Worker(url, { execArgv: [] });
      worker.on('message', (reply: Reply) => {
        try {
          if (reply.type === 'progress') onProgress(p, reply.permille);
          else this.receive(p, reply);
        } catch (error) {
          this.fail(error);
        }
      });
      worker.on('error', (error) => this.fail(this.crash(p, error.message, error)));
      worker.on('messageerror', (error) => this.fail(this.crash(p, error.message, error)));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(this.crash(p, `it stopped with exit code ${code}`));
      });
      return worker;
    });
  }

  private crash(part: number, why: string, cause?: unknown): BanenmatchError {
    const code: ErrorCode = 'WORKER_FAILED';
    return new BanenmatchError(code, `${WHAT}: worker ${part} failed while ${this.phase[part]}: ${why}`, {
      cause,
    });
  }

  private receive(part: number, reply: Reply): void {
    this.phase[part] = PHASE_AFTER[reply.type] ?? this.phase[part]!;
    const waiter = this.waiting[part];
    this.waiting[part] = undefined;
    if (waiter === undefined) this.inbox[part]!.push(reply);
    else waiter.resolve(reply);
  }

  /** Throws the pool's failure, if any. */
  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  post(part: number, request: Request, transfer: ArrayBuffer[] = []): void {
    this.check();
    this.phase[part] = PHASE_AFTER[request.type] ?? this.phase[part]!;
    this.workers[part]!.postMessage(request, transfer);
  }

  /** The worker's next reply (progress apart), of one of `types`. */
  async next<K extends Reply['type']>(part: number, ...types: K[]): Promise<Extract<Reply, { type: K }>> {
    this.check();
    const reply =
      this.inbox[part]!.shift() ??
      (await new Promise<Reply>((resolve, reject) => {
        this.waiting[part] = { resolve, reject };
      }));
    if (!(types as string[]).includes(reply.type))
      throw this.crash(part, `expected ${types.join(' or ')}, got ${reply.type}`);
    return reply as Extract<Reply, { type: K }>;
  }

  fail(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    this.closing = true;
    for (const w of this.waiting) w?.reject(error);
    this.waiting.fill(undefined);
    for (const worker of this.workers) void worker.terminate();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Lets events run (an abort among them), then throws the pool's failure, if any. */
export async function pause(pool: Pool): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  pool.check();
}
