/**
 * Memory diagnostic of `benchmarks/national.ts … parallel … memory`: a worker script that runs the
 * library's own (dist/worker.js) and records, inside the worker thread, the heap at each step of the
 * protocol (after a forced GC when `--expose-gc` is given: what the step keeps) and the largest heap
 * seen between steps (sampled at each message the worker posts, progress included). The figures are
 * The thread's CPU time at each step is noted too (Linux only). The figures are
 * written as JSON to `$BANENMATCH_MEMORY_OUT.<threadId>.json` before the worker's last explanation is sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { parentPort, threadId } from 'node:worker_threads';

const out = process.env.BANENMATCH_MEMORY_OUT;
const gc = globalThis.gc;
const MB = 1024 * 1024;
const marks = [];
const peaks = {};
let phase = 'receive and compile records';

function heap() {
  const m = process.memoryUsage();
  const h = getHeapStatistics();
  return {
    heapUsed: m.heapUsed / MB,
    heapTotal: m.heapTotal / MB,
    arrayBuffers: m.arrayBuffers / MB,
    external: m.external / MB,
    malloced: h.malloced_memory / MB,
    rss: m.rss / MB,
  };
}

/** This thread's CPU time so far, s (Linux: utime + stime of /proc/thread-self/stat, 100 ticks a second). */
function threadCpu() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function sample() {
  const m = heap();
  peaks[phase] ??= { heapUsed: 0, heapTotal: 0, arrayBuffers: 0 };
  const p = peaks[phase];
  p.heapUsed = Math.max(p.heapUsed, m.heapUsed);
  p.heapTotal = Math.max(p.heapTotal, m.heapTotal);
  p.arrayBuffers = Math.max(p.arrayBuffers, m.arrayBuffers);
}

function mark(name, next) {
  sample();
  gc?.();
  marks.push({ name, ...heap(), cpu: threadCpu() });
  if (next !== undefined) phase = next;
}

let records = 0;
let vacancies = false;
/** Runs before the library's worker handles `request`. */
function before(request) {
  if (request.type === 'begin') mark(`begin (${request.records} records to come)`);
  else if (request.type === 'records') {
    if (request.what === 'vacancies' && !vacancies) {
      vacancies = true;
      mark(`candidates compiled${records > 0 ? ` (${records} by clone)` : ''}`);
    }
    records += request.list?.length ?? 0;
  } else if (request.type === 'compile') mark('records fed', 'finish the matcher');
  else if (request.type === 'solve') mark('before solve', 'solve');
  else if (request.type === 'explain') mark('before explain', 'explain');
}
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (reply, transfer) => {
  sample();
  if (reply.type === 'compiled') mark('compiled', 'shortlist');
  else if (reply.type === 'shortlisted') mark('shortlisted (before the list is sent)', 'wait');
  else if (reply.type === 'solved') mark('solved', 'wait');
  // Written before the last reply: the main thread ends the worker once it has every reply.
  if (reply.type === 'explained' && reply.last) {
    mark('explained', 'done');
    if (out !== undefined) writeFileSync(`${out}.${threadId}.json`, JSON.stringify({ marks, peaks }));
  }
  post(reply, transfer);
};
// The library's worker listens through `parentPort.on`: its handler is wrapped to call `before` first.
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, handler) =>
  on(
    event,
    event === 'message'
      ? (request) => {
          before(request);
          handler(request);
        }
      : handler,
  );
await import('../dist/worker.js');
