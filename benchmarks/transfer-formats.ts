/**
 * How to send records to a worker thread (issue 24): the region's records in chunks of 4,096 sent to
 * one worker as structured clones of the objects, as JSON text, or as JSON text encoded in a
 * transferred `ArrayBuffer`; the worker turns each back into objects (and answers). Prints per form the
 * bytes that cross (the serialized size: `v8.serialize` for a clone, UTF-8 for text), this thread's CPU
 * time to send every chunk, the worker's CPU time to receive them, and the wall time of the round.
 *
 * Run: node --import tsx benchmarks/transfer-formats.ts [scale] (default 0.1 = 25,000 × 40,000)
 */
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { generateRegion } from '../dist/index.js';
import { TOWNS } from './_towns.js';
import { machine } from './_util.js';

const CHUNK = 4096;
const scale = Number(process.argv[2] ?? 0.1);
const region = generateRegion({
  seed: 2026,
  candidates: Math.round(250_000 * scale),
  vacancies: Math.round(400_000 * scale),
  municipalities: TOWNS.map(([name, lat, lon, k]) => ({ name, lat, lon, population: k * 1000 })),
  name: 'Nederland (synthetic)',
});

const WORKER = `
const { parentPort } = require('node:worker_threads');
const decoder = new TextDecoder();
let cpu = 0;
let objects = 0;
parentPort.on('message', (m) => {
  if (m === 'done') return parentPort.postMessage({ cpu, objects });
  const t = process.cpuUsage();
  const list = m.form === 'clone' ? m.list : JSON.parse(m.form === 'text' ? m.text : decoder.decode(m.bytes));
  objects += list.length;
  const d = process.cpuUsage(t);
  cpu += (d.user + d.system) / 1000;
  parentPort.postMessage('fed');
});`;

type Form = 'clone' | 'text' | 'bytes';
const encoder = new TextEncoder();

async function round(form: Form): Promise<string> {
  const worker = new Worker(WORKER, { eval: true });
  const next = () => new Promise<unknown>((resolve) => worker.once('message', resolve));
  let bytes = 0;
  let sendCpu = 0;
  const t0 = performance.now();
  for (const what of ['candidates', 'vacancies'] as const) {
    const list = region[what] as unknown[];
    for (let from = 0; from < list.length; from += CHUNK) {
      const chunk = list.slice(from, from + CHUNK);
      const t = process.cpuUsage();
      if (form === 'clone') worker.postMessage({ form, list: chunk });
      else {
        const text = JSON.stringify(chunk);
        if (form === 'text') worker.postMessage({ form, text });
        else {
          const encoded = encoder.encode(text);
          worker.postMessage({ form, bytes: encoded }, [encoded.buffer as ArrayBuffer]);
        }
      }
      const d = process.cpuUsage(t);
      sendCpu += (d.user + d.system) / 1000;
      await next();
    }
  }
  worker.postMessage('done');
  const { cpu, objects } = (await next()) as { cpu: number; objects: number };
  const wall = performance.now() - t0;
  for (const what of ['candidates', 'vacancies'] as const) {
    const list = region[what] as unknown[];
    for (let from = 0; from < list.length; from += CHUNK) {
      const chunk = list.slice(from, from + CHUNK);
      bytes += form === 'clone' ? serialize(chunk).length : Buffer.byteLength(JSON.stringify(chunk));
    }
  }
  await worker.terminate();
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `| ${form} | ${objects.toLocaleString('en')} | ${mb} | ${sendCpu.toFixed(0)} | ${cpu.toFixed(0)} | ${wall.toFixed(0)} |`;
}

console.log(`${machine()}\n`);
console.log(`scale ${scale}: ${region.candidates.length} candidates, ${region.vacancies.length} vacancies\n`);
console.log('| form | records | MB crossing | send CPU ms | receive CPU ms (worker) | wall ms |');
console.log('|---|---:|---:|---:|---:|---:|');
const forms: Form[] = ['clone', 'text', 'bytes'];
for (let r = 0; r < 2; r++)
  for (const form of r === 0 ? forms : [...forms].reverse()) console.log(await round(form));
