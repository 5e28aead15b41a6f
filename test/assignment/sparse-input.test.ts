import { type SparseGraph, solveSparseAssignment } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../helpers/errors.js';
import { type Edge, toCsr } from '../helpers/sparse.js';

// solveSparseAssignment's input checks (graph.ts) word for word, and its progress reports: after the
// row reduction, once per search (every other search past 200 free rows), across components and on
// transposed (tall) graphs, then the end (issue 20).

const ok = { rows: 2, cols: 2, offsets: [0, 1, 2], targets: [0, 1], weights: [1, 1] };
const check = (graph: unknown) => failureOf(() => solveSparseAssignment(graph as SparseGraph));
const A = 'INVALID_ARGUMENT: solveSparseAssignment:';

/** Every pair of `rows × cols` at weight `w(y, x)`, shifted to start at row `dy`, column `dx`. */
function complete(rows: number, cols: number, w: (y: number, x: number) => number, dy = 0, dx = 0) {
  const edges: Edge[] = [];
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < cols; x++) edges.push({ y: y + dy, x: x + dx, w: w(y, x) });
  return edges;
}

/** The progress reports of one run. */
function reports(graph: SparseGraph): [number, number][] {
  const seen: [number, number][] = [];
  solveSparseAssignment(graph, { onProgress: (done, total) => seen.push([done, total]) });
  return seen;
}

describe('solveSparseAssignment: the graph’s checks, word for word', () => {
  it('refuses what is not a graph, and counts that are not non-negative 32-bit integers', () => {
    expect(check(ok)).toBe('ok');
    for (const bad of [null, undefined, 5, 'graph']) {
      expect(check(bad)).toBe(`${A} expected a graph { rows, cols, offsets, targets, weights }`);
    }
    for (const bad of [-1, 1.5, '2', 2 ** 31, Number.NaN]) {
      expect(check({ ...ok, rows: bad })).toBe(`${A} expected non-negative integer rows and cols`);
      expect(check({ ...ok, cols: bad })).toBe(`${A} expected non-negative integer rows and cols`);
    }
    // 2^31 − 1 rows is a count: the next check (offsets) speaks.
    expect(check({ ...ok, rows: 2 ** 31 - 1 })).toBe(
      `${A} expected \`offsets\` to have rows + 1 = 2147483648 entries, got 3`,
    );
  });

  it('refuses arrays that are not arrays, and lengths that do not fit', () => {
    for (const name of ['offsets', 'targets', 'weights'] as const) {
      for (const bad of [null, 3, 'abc', {}, { length: '2' }]) {
        expect(check({ ...ok, [name]: bad })).toBe(`${A} expected \`${name}\` to be an array or typed array`);
      }
    }
    expect(check({ ...ok, offsets: [0, 2] })).toBe(
      `${A} expected \`offsets\` to have rows + 1 = 3 entries, got 2`,
    );
    expect(check({ ...ok, weights: [1] })).toBe(`${A} \`weights\` has 1 entries, \`targets\` has 2`);
    expect(check({ ...ok, weights: [1, 1, 1] })).toBe(`${A} \`weights\` has 3 entries, \`targets\` has 2`);
    const ends = `${A} expected offsets[0] = 0 and offsets[2] = 2 (the number of edges)`;
    expect(check({ ...ok, offsets: [1, 1, 2] })).toBe(ends);
    expect(check({ ...ok, offsets: [0, 1, 1] })).toBe(ends);
    expect(check({ ...ok, offsets: [0, 1, 3] })).toBe(ends);
  });

  it('refuses offsets that fall or are not integers, and accepts a row of no edge', () => {
    expect(check({ ...ok, rows: 3, offsets: [0, 2, 1, 2] })).toBe(
      `${A} offsets must be non-decreasing integers; offsets[2] is not ≥ offsets[1]`,
    );
    expect(check({ ...ok, offsets: [0, 0.5, 2] })).toBe(
      `${A} offsets must be non-decreasing integers; offsets[1] is not ≥ offsets[0]`,
    );
    const r = solveSparseAssignment({
      rows: 3,
      cols: 2,
      offsets: [0, 1, 1, 2],
      targets: [0, 1],
      weights: [1, 2],
    });
    expect([...r.rowToCol]).toEqual([0, -1, 1]);
    expect(r.total).toBe(3);
  });

  it('refuses a target outside the columns or twice in a row, naming the edge and its row', () => {
    for (const bad of [2, -1, 0.5, Number.NaN]) {
      expect(check({ ...ok, targets: [0, bad] })).toBe(
        `${A} targets[1] (row 1) is not a column index in [0, 2)`,
      );
    }
    expect(check({ rows: 1, cols: 2, offsets: [0, 2], targets: [1, 1], weights: [1, 2] })).toBe(
      `${A} row 0 has column 1 twice (targets[1])`,
    );
    expect(
      check({ rows: 2, cols: 3, offsets: [0, 1, 4], targets: [2, 0, 2, 0], weights: [1, 1, 1, 1] }),
    ).toBe(`${A} row 1 has column 0 twice (targets[3])`);
    // The same column in two rows is two edges.
    const r = solveSparseAssignment({
      rows: 2,
      cols: 1,
      offsets: [0, 1, 2],
      targets: [0, 0],
      weights: [1, 2],
    });
    expect([...r.rowToCol]).toEqual([-1, 0]);
  });

  it('refuses NaN, infinite and non-number weights, naming the edge and its row', () => {
    expect(check({ ...ok, weights: [1, Number.NaN] })).toBe(
      'NAN_INPUT: solveSparseAssignment: weights contains NaN at [1] (row 1)',
    );
    for (const bad of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '2', null]) {
      expect(check({ ...ok, weights: [1, bad] })).toBe(`${A} weights[1] (row 1) is not a finite number`);
      expect(check({ ...ok, weights: [bad, 1] })).toBe(`${A} weights[0] (row 0) is not a finite number`);
    }
  });

  it('never uses an edge of weight 0, also on a transposed (tall) graph', () => {
    // Zero-weight edges come first in each row; a kept zero would add a phantom edge to column 0.
    const g = toCsr(4, 2, [
      { y: 0, x: 0, w: 0 },
      { y: 0, x: 1, w: 3 },
      { y: 1, x: 0, w: 0 },
      { y: 2, x: 1, w: 0 },
      { y: 3, x: 0, w: -1 },
      { y: 3, x: 1, w: 2 },
    ]);
    const r = solveSparseAssignment(g);
    expect([...r.rowToCol]).toEqual([1, -1, -1, -1]);
    expect([...r.colToRow]).toEqual([-1, 0]);
    expect(r.total).toBe(3);
  });
});

describe('solveSparseAssignment: progress', () => {
  it('reports after the row reduction, after each search and at the end', () => {
    // Equal weights everywhere: the reduction matches two rows, each other row needs a search.
    expect(
      reports(
        toCsr(
          5,
          9,
          complete(5, 9, () => 5),
        ),
      ),
    ).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    // A square graph whose reduction leaves one row to search.
    expect(
      reports(
        toCsr(
          12,
          12,
          complete(12, 12, (y, x) => ((x * 7 + y * 3) % 11) + 1),
        ),
      ),
    ).toEqual([
      [11, 12],
      [12, 12],
    ]);
    // Everything matched by the reduction: only the end.
    expect(
      reports(
        toCsr(
          2,
          2,
          complete(2, 2, (y, x) => (y === x ? 2 : 1)),
        ),
      ),
    ).toEqual([[2, 2]]);
    expect(reports({ rows: 0, cols: 0, offsets: [0], targets: [], weights: [] })).toEqual([[0, 0]]);
  });

  it('counts a tall graph’s progress in the caller’s rows', () => {
    // 9 rows × 5 columns is searched from the 5 columns: after k of them, 9·k/5 rows (rounded down).
    expect(
      reports(
        toCsr(
          9,
          5,
          complete(9, 5, () => 5),
        ),
      ),
    ).toEqual([
      [3, 9],
      [5, 9],
      [7, 9],
      [9, 9],
    ]);
  });

  it('adds the rows of the components already solved', () => {
    // Two 12 × 12 blocks (rows and columns 0–11, 12–23): the second block's reports start at 12.
    const w = (y: number, x: number) => ((x * 7 + y * 3) % 11) + 1;
    const g = toCsr(24, 24, [...complete(12, 12, w), ...complete(12, 12, w, 12, 12)]);
    expect(reports(g)).toEqual([
      [11, 24],
      [23, 24],
      [24, 24],
    ]);
  });

  it('searches a tall component among others from its columns', () => {
    // Rows 0–5 × columns 0–2 (tall: searched from its 3 columns, the reduction matching 2 of them,
    // so one search after 6·2/3 = 4 rows) and rows 6–8 × columns 3–5 (one search after 6 + 2 rows).
    // Searched from its 6 rows instead, the first part would report 2, 3, 4, 5.
    const g = toCsr(9, 6, [...complete(6, 3, () => 5), ...complete(3, 3, () => 5, 6, 3)]);
    expect(reports(g)).toEqual([
      [4, 9],
      [8, 9],
      [9, 9],
    ]);
    expect([...solveSparseAssignment(g).rowToCol]).toEqual([0, 1, 2, -1, -1, -1, 3, 4, 5]);
  });

  it('counts rows of no edge as done from the start when the graph is one component', () => {
    // Rows 0 and 1 have no edge; rows 2–6 × 9 columns at equal weights are one component, solved
    // as the whole graph: the reduction matches two of the five, so 2 + 2 rows are done before the
    // three searches.
    expect(
      reports(
        toCsr(
          7,
          9,
          complete(5, 9, () => 5, 2),
        ),
      ),
    ).toEqual([
      [4, 7],
      [5, 7],
      [6, 7],
      [7, 7],
    ]);
    // Two components (rows 1–3 × columns 0–3, rows 5–7 × columns 4–7), rows 0, 4 and 8 of no edge:
    // each component is solved on its own rows (the reduction matches two of its three), so the rows
    // of no edge count only at the end: 0 + 2, then 3 + 2.
    const g = toCsr(9, 8, [...complete(3, 4, () => 5, 1, 0), ...complete(3, 4, () => 5, 5, 4)]);
    expect(reports(g)).toEqual([
      [2, 9],
      [5, 9],
      [9, 9],
    ]);
  });

  it('reports every other search past 200 free rows', () => {
    const seen = reports(
      toCsr(
        202,
        202,
        complete(202, 202, () => 5),
      ),
    );
    // 200 rows free after the reduction: a report every 2 searches, then the end.
    expect(seen).toHaveLength(101);
    expect(seen.slice(0, 3)).toEqual([
      [2, 202],
      [4, 202],
      [6, 202],
    ]);
    expect(seen.at(-2)).toEqual([200, 202]);
    expect(seen.at(-1)).toEqual([202, 202]);
  });
});
