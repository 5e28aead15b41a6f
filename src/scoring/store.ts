import {
  type CompiledDemands,
  type CompiledProfiles,
  LEVEL_STRIDE,
  MASK_STRIDE,
} from '../capability/compiled.js';

/** Person codes per level check in `levelRoom` (must equal the capability module's ROOM_STRIDE). */
const ROOM_STRIDE = 8;

/** @internal `a`, or a copy of it at least `need` long (at least twice as long as `a`) when it is shorter. */
export function grow<T extends Float64Array | Int32Array | Uint8Array | Uint16Array>(a: T, need: number): T {
  if (a.length >= need) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 16));
  b.set(a);
  return b;
}

/** @internal Compiled profiles that grow by appending (capacity doubling); a valid `CompiledProfiles`. */
export class GrowableProfiles implements CompiledProfiles {
  count = 0;
  levels: Uint8Array = new Uint8Array(0);
  masks: Uint16Array = new Uint16Array(0);

  /** Appends compiled profiles; returns the row of the first. */
  append(p: CompiledProfiles): number {
    const first = this.count;
    this.levels = grow(this.levels, (first + p.count) * LEVEL_STRIDE);
    this.masks = grow(this.masks, (first + p.count) * MASK_STRIDE);
    this.levels.set(p.levels.subarray(0, p.count * LEVEL_STRIDE), first * LEVEL_STRIDE);
    this.masks.set(p.masks.subarray(0, p.count * MASK_STRIDE), first * MASK_STRIDE);
    this.count += p.count;
    return first;
  }
}

/** @internal Compiled task demands that grow by appending; a valid `CompiledDemands`. */
export class GrowableDemands implements CompiledDemands {
  count = 0;
  levelStart: Int32Array = new Int32Array(1);
  levelSlot: Uint8Array = new Uint8Array(0);
  levelLimit: Uint8Array = new Uint8Array(0);
  levelSignalAt: Uint8Array = new Uint8Array(0);
  levelRoom: Float64Array = new Float64Array(0);
  maskStart: Int32Array = new Int32Array(1);
  maskSlot: Uint8Array = new Uint8Array(0);
  maskAllowed: Uint16Array = new Uint16Array(0);
  maskSignal: Uint16Array = new Uint16Array(0);

  /** Appends compiled tasks; returns the column of the first. */
  append(d: CompiledDemands): number {
    const first = this.count;
    const l0 = this.levelStart[first]!;
    const m0 = this.maskStart[first]!;
    const nl = d.levelStart[d.count]!;
    const nm = d.maskStart[d.count]!;
    this.levelStart = grow(this.levelStart, first + d.count + 1);
    this.maskStart = grow(this.maskStart, first + d.count + 1);
    for (let j = 1; j <= d.count; j++) {
      this.levelStart[first + j] = l0 + d.levelStart[j]!;
      this.maskStart[first + j] = m0 + d.maskStart[j]!;
    }
    this.levelSlot = grow(this.levelSlot, l0 + nl);
    this.levelLimit = grow(this.levelLimit, l0 + nl);
    this.levelSignalAt = grow(this.levelSignalAt, l0 + nl);
    this.levelRoom = grow(this.levelRoom, (l0 + nl) * ROOM_STRIDE);
    this.levelSlot.set(d.levelSlot.subarray(0, nl), l0);
    this.levelLimit.set(d.levelLimit.subarray(0, nl), l0);
    this.levelSignalAt.set(d.levelSignalAt.subarray(0, nl), l0);
    this.levelRoom.set(d.levelRoom.subarray(0, nl * ROOM_STRIDE), l0 * ROOM_STRIDE);
    this.maskSlot = grow(this.maskSlot, m0 + nm);
    this.maskAllowed = grow(this.maskAllowed, m0 + nm);
    this.maskSignal = grow(this.maskSignal, m0 + nm);
    this.maskSlot.set(d.maskSlot.subarray(0, nm), m0);
    this.maskAllowed.set(d.maskAllowed.subarray(0, nm), m0);
    this.maskSignal.set(d.maskSignal.subarray(0, nm), m0);
    this.count += d.count;
    return first;
  }
}

/** @internal A growable Float64Array column. */
export class FloatColumn {
  data: Float64Array = new Float64Array(16);
  set(i: number, x: number): void {
    this.data = grow(this.data, i + 1);
    this.data[i] = x;
  }
}

/** @internal A growable Int32Array column. */
export class IntColumn {
  data: Int32Array = new Int32Array(16);
  set(i: number, x: number): void {
    this.data = grow(this.data, i + 1);
    this.data[i] = x;
  }
}

/** @internal A growable Uint8Array column. */
export class ByteColumn {
  data: Uint8Array = new Uint8Array(16);
  set(i: number, x: number): void {
    this.data = grow(this.data, i + 1);
    this.data[i] = x;
  }
}

/** @internal The id of `key` in `index`: the next id (the index's size before) when it is new. */
export function intern(index: Map<string, number>, key: string): number {
  let id = index.get(key);
  if (id === undefined) {
    id = index.size;
    index.set(key, id);
  }
  return id;
}

const RAD = Math.PI / 180;

/** @internal Writes the unit vector of (lat, lon) at entries 3i .. 3i + 2 of `column`. */
export function setUnitVector(column: FloatColumn, i: number, lat: number, lon: number): void {
  const cosLat = Math.cos(lat * RAD);
  column.set(3 * i + 2, Math.sin(lat * RAD));
  column.set(3 * i, cosLat * Math.cos(lon * RAD));
  column.set(3 * i + 1, cosLat * Math.sin(lon * RAD));
}
