import { DisjointSets } from '../../_internal/disjoint-sets.js';
import type { Compact } from './graph.js';

/**
 * The connected components of a checked graph that have an edge, numbered by their first row, and the
 * subgraph of each: its rows and columns in ascending order (`rowIds`, `colIds`: their indices in the
 * whole graph), edges in the same order.
 */
export function components(g: Compact, cols: number) {
  const rows = g.offsets.length - 1;
  // Rows are 0 .. rows − 1, columns rows + j.
  const sets = new DisjointSets(rows + cols);
  // Stryker disable next-line EqualityOperator: at i = rows (`<=`) `k < offsets[rows + 1]` (undefined) is false at once (`>=` times out)
  for (let i = 0; i < rows; i++) {
    for (let k = g.offsets[i]!, to = g.offsets[i + 1]!; k < to; k++) sets.union(i, rows + g.targets[k]!);
  }
  // Number the components with an edge by their first row. A set's root is its smallest member, so
  // the root of every component with an edge is a row.
  const label = new Int32Array(rows).fill(-1);
  const rowCount: number[] = [];
  let count = 0;
  // Stryker disable next-line EqualityOperator: at i = rows (`<=`) the writes to `label[rows]` fall past its end and `rowCount[undefined]` is a property no loop reads (`>=` times out)
  for (let i = 0; i < rows; i++) {
    if (g.offsets[i + 1] === g.offsets[i]) continue;
    const r = sets.find(i);
    if (label[r] === -1) {
      label[r] = count++;
      rowCount.push(0);
    }
    label[i] = label[r]!;
    rowCount[label[i]!]!++;
  }
  const colLabel = new Int32Array(cols).fill(-1);
  // Stryker disable next-line EqualityOperator: at j = cols (`<=`) `find` of a node past the end gives undefined, never `< rows`: no write (`>=` is killed)
  for (let j = 0; j < cols; j++) {
    const r = sets.find(rows + j);
    if (r < rows) colLabel[j] = label[r]!;
  }
  // Members of each component, ascending: rows, then columns.
  const rowStart = new Int32Array(count + 1);
  // Stryker disable next-line EqualityOperator: at c = count (`<=`) the write to `rowStart[count + 1]` falls past its end (`>=` times out)
  for (let c = 0; c < count; c++) rowStart[c + 1] = rowStart[c]! + rowCount[c]!;
  const rowMembers = new Int32Array(rowStart[count]!);
  const rowFill = rowStart.slice(0, count);
  // Stryker disable next-line EqualityOperator: at i = rows (`<=`) `offsets[rows + 1]` is undefined, never greater (`>=` times out)
  for (let i = 0; i < rows; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a row of no edge taken (`true`, `>=`) has label −1: `rowFill[-1]` reads undefined, the write at index NaN is ignored (`false`, `<=` are killed)
    if (g.offsets[i + 1]! > g.offsets[i]!) rowMembers[rowFill[label[i]!]!++] = i;
  }
  const colStart = new Int32Array(count + 1);
  // Stryker disable next-line EqualityOperator: at j = cols (`<=`) `colLabel[cols]` is undefined, never `>= 0` (`>=` is killed)
  for (let j = 0; j < cols; j++) {
    // Stryker disable next-line ConditionalExpression: columns of no edge counted (`true`) go to `colStart[0]`: every start below moves by their number and the members and local indices follow (`false` is killed)
    if (colLabel[j]! >= 0) colStart[colLabel[j]! + 1]!++;
  }
  // Stryker disable next-line EqualityOperator: at c = count (`<=`) the write to `colStart[count + 1]` falls past its end (`>=` times out)
  for (let c = 0; c < count; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
  const colMembers = new Int32Array(colStart[count]!);
  const colFill = colStart.slice(0, count);
  const local = new Int32Array(cols);
  // Stryker disable next-line EqualityOperator: at j = cols (`<=`) the writes fall past the ends (`local`; `colMembers` at NaN; `colFill[undefined]` is a property no one reads) (`>=` times out)
  for (let j = 0; j < cols; j++) {
    const c = colLabel[j]!;
    // Stryker disable next-line ConditionalExpression: a column of no edge kept (`false`) writes NaN (stored 0) as its local index, never read (no edge leads to it), and at index NaN into `colMembers`, ignored (`true` is killed)
    if (c < 0) continue;
    local[j] = colFill[c]! - colStart[c]!;
    colMembers[colFill[c]!++] = j;
  }
  return {
    count,
    extract(c: number): { graph: Compact; rowIds: Int32Array; colIds: Int32Array } {
      const rowIds = rowMembers.subarray(rowStart[c]!, rowStart[c + 1]!);
      const colIds = colMembers.subarray(colStart[c]!, colStart[c + 1]!);
      const offsets = new Int32Array(rowIds.length + 1);
      // Stryker disable next-line EqualityOperator: at i = rowIds.length (`<=`) the write to `offsets[length + 1]` falls past its end (`>=` is killed)
      for (let i = 0; i < rowIds.length; i++) {
        const row = rowIds[i]!;
        offsets[i + 1] = offsets[i]! + g.offsets[row + 1]! - g.offsets[row]!;
      }
      const m = offsets[rowIds.length]!;
      const targets = new Int32Array(m);
      const costs = new Float64Array(m);
      let e = 0;
      for (const row of rowIds) {
        for (let k = g.offsets[row]!, to = g.offsets[row + 1]!; k < to; k++, e++) {
          targets[e] = local[g.targets[k]!]!;
          costs[e] = g.costs[k]!;
        }
      }
      return { graph: { offsets, targets, costs }, rowIds, colIds };
    },
  };
}
