import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The layer table of docs/architecture.md is the rule; this test reads it and checks every relative
// import of src/ against it: a folder imports only from folders of lower layers.
const root = new URL('../../', import.meta.url);
const src = new URL('src/', root);

/** Folder (or top-level file without `.ts`) → layer, from the table under `## Layers`. */
function layersFromDocs(): Map<string, number> {
  const docs = readFileSync(new URL('docs/architecture.md', root), 'utf8');
  const section = docs.slice(docs.indexOf('## Layers'));
  const layers = new Map<string, number>();
  for (const line of section.split('\n')) {
    const row = /^\| (\d+) \| ([^|]+) \|[^|]+\| ([^|]+) \|$/.exec(line);
    if (row === null) continue;
    const layer = Number(row[1]);
    for (const [, name] of row[2]!.matchAll(/`([^`]+)`/g)) layers.set(name!.replace(/(\/|\.ts)$/, ''), layer);
    // The last column states the rule in words: every layer below this one.
    expect(row[3]!.trim()).toBe(layer === 0 ? '–' : layer === 1 ? '0' : `0–${layer - 1}`);
  }
  return layers;
}

/** Every relative import or re-export of src/, as [importing folder, imported folder, file]. */
function folderImports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const from = file.includes('/') ? file.split('/')[0]! : file.replace(/\.ts$/, '');
    const text = readFileSync(new URL(file, src), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
      const target = new URL(m[1]!, new URL(file, src)).pathname.slice(src.pathname.length);
      const to = target.includes('/') ? target.split('/')[0]! : target.replace(/\.js$/, '');
      if (to !== from) out.push([from, to, file]);
    }
  }
  return out;
}

describe('layers (docs/architecture.md)', () => {
  const layers = layersFromDocs();

  it('places every folder and top-level file of src/ in a layer', () => {
    const entries = readdirSync(src).map((e) => e.replace(/\.ts$/, ''));
    expect(entries.filter((e) => !layers.has(e))).toEqual([]);
  });

  it('has every import go to a lower layer', () => {
    const upward = folderImports()
      .filter(([from, to]) => !(layers.get(to)! < layers.get(from)!))
      .map(([from, to, file]) => `${file}: ${from} (${layers.get(from)}) → ${to} (${layers.get(to)})`);
    expect(upward).toEqual([]);
  });
});
