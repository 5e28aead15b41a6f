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
  for (let i = 0; i < rows; i++) {
    for (let k = g.offsets[i]!, to = g.offsets[i + 1]!; k < to; k++) sets.union(i, rows + g.targets[k]!);
  }
  // Number the components with an edge by their first row. A set's root is its smallest member, so
  // the root of every component with an edge is a row.
  const label = new Int32Array(rows).fill(-1);
  const rowCount: number[] = [];
  let count = 0;
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
  for (let j = 0; j < cols; j++) {
    const r = sets.find(rows + j);
    if (r < rows) colLabel[j] = label[r]!;
  }
  // Members of each component, ascending: rows, then columns.
  const rowStart = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) rowStart[c + 1] = rowStart[c]! + rowCount[c]!;
  const rowMembers = new Int32Array(rowStart[count]!);
  const rowFill = rowStart.slice(0, count);
  for (let i = 0; i < rows; i++) if (g.offsets[i + 1]! > g.offsets[i]!) rowMembers[rowFill[label[i]!]!++] = i;
  const colStart = new Int32Array(count + 1);
  for (let j = 0; j < cols; j++) if (colLabel[j]! >= 0) colStart[colLabel[j]! + 1]!++;
  for (let c = 0; c < count; c++) colStart[c + 1] = colStart[c + 1]! + colStart[c]!;
  const colMembers = new Int32Array(colStart[count]!);
  const colFill = colStart.slice(0, count);
  const local = new Int32Array(cols);
  for (let j = 0; j < cols; j++) {
    const c = colLabel[j]!;
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
