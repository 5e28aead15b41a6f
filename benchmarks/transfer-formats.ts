/**
 * How to send records to a worker thread (issue 24): the region's records in chunks of 4,096 as a
 * structured clone (`v8.serialize` / `deserialize`, the format `postMessage` uses), as JSON text (a
 * string crosses by copy; `checked`: with the check of `jsonText` that the records come back the same), or as JSON text in UTF-8 bytes (a transferred `ArrayBuffer`). Prints per form
 * the bytes that cross and this thread's CPU time to encode every chunk (the sender's share) and to
 * decode them (the worker's share), both on this thread so that neither hides in the other's thread;
 * three rounds, the forms alternated.
 *
 * Run: node --import tsx benchmarks/transfer-formats.ts [scale] (default 0.1 = 25,000 × 40,000)
 */
import { deserialize, serialize } from 'node:v8';
import { generateRegion } from '../dist/index.js';
import { jsonText } from '../src/parallel/json-text.js';
import { nationalRegionOptions } from './_towns.js';
import { machine } from './_util.js';

const CHUNK = 4096;
const scale = Number(process.argv[2] ?? 0.1);
const region = generateRegion(nationalRegionOptions(scale));
const chunks: unknown[][] = [];
for (const list of [region.candidates, region.vacancies] as unknown[][])
  for (let from = 0; from < list.length; from += CHUNK) chunks.push(list.slice(from, from + CHUNK));

type Form = 'clone' | 'text' | 'checked' | 'bytes';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encode: Record<Form, (chunk: unknown[]) => unknown> = {
  clone: (chunk) => serialize(chunk),
  text: (chunk) => JSON.stringify(chunk),
  checked: (chunk) => jsonText(chunk),
  bytes: (chunk) => encoder.encode(JSON.stringify(chunk)),
};
const decode: Record<Form, (message: unknown) => unknown[]> = {
  clone: (m) => deserialize(m as Buffer),
  // A string crosses as a copy of its characters (one byte each here: the records are Latin-1).
  text: (m) => JSON.parse(m as string),
  checked: (m) => JSON.parse(m as string),
  bytes: (m) => JSON.parse(decoder.decode(m as Uint8Array)),
};
const sizeOf = (m: unknown): number =>
  typeof m === 'string' ? Buffer.byteLength(m) : (m as Uint8Array).byteLength;
const cpu = (t: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

function round(form: Form): string {
  let bytes = 0;
  let send = 0;
  let receive = 0;
  let records = 0;
  for (const chunk of chunks) {
    let t = process.cpuUsage();
    const message = encode[form](chunk);
    send += cpu(t);
    bytes += sizeOf(message);
    t = process.cpuUsage();
    records += decode[form](message).length;
    receive += cpu(t);
  }
  const mb = (bytes / 2 ** 20).toFixed(1);
  return `| ${form} | ${records.toLocaleString('en')} | ${mb} | ${send.toFixed(0)} | ${receive.toFixed(0)} |`;
}

console.log(`${machine()}\n`);
console.log(`scale ${scale}: ${region.candidates.length} candidates, ${region.vacancies.length} vacancies\n`);
console.log('| form | records | MB crossing | encode CPU ms | decode CPU ms |');
console.log('|---|---:|---:|---:|---:|');
const forms: Form[] = ['clone', 'text', 'checked', 'bytes'];
for (let r = 0; r < 3; r++)
  for (const form of r % 2 === 0 ? forms : [...forms].reverse()) console.log(round(form));
