import type { Random } from '../_internal/random.js';

/**
 * Diplomas of the synthetic region: the field of an MBO diploma by the task kind a person has worked
 * in (made up, loosely after the MBO qualification files: a helpende at level 2, a verzorgende IG at 3).
 */
const FIELD_OF_KIND: Readonly<Record<string, readonly [low: string, high: string]>> = {
  cleaning: ['schoonmaak', 'schoonmaak'],
  dishwashing: ['horeca', 'horeca'],
  'food-prep': ['kok', 'kok'],
  serving: ['horeca', 'horeca'],
  'order-picking': ['logistiek', 'logistiek'],
  packing: ['logistiek', 'logistiek'],
  'shelf-stocking': ['retail', 'retail'],
  cashier: ['retail', 'retail'],
  'green-maintenance': ['groene ruimte', 'hovenier'],
  'litter-picking': ['groene ruimte', 'groene ruimte'],
  'mail-sorting': ['logistiek', 'logistiek'],
  'data-entry': ['administratief medewerker', 'financieel administratief'],
  filing: ['administratief medewerker', 'administratief medewerker'],
  reception: ['secretarieel', 'secretarieel'],
  assembly: ['productie', 'operator'],
  laundry: ['facilitair', 'facilitair'],
  'care-support': ['helpende zorg en welzijn', 'verzorgende IG'],
  delivery: ['logistiek', 'logistiek'],
};
/** Kinds whose workers often hold a VCA (safety) certificate. */
const VCA_KINDS: ReadonlySet<string> = new Set([
  'cleaning',
  'order-picking',
  'packing',
  'green-maintenance',
  'assembly',
]);
/** Kinds whose workers often hold a forklift certificate. */
const FORKLIFT_KINDS: ReadonlySet<string> = new Set([
  'order-picking',
  'packing',
  'shelf-stocking',
  'delivery',
]);

/** How a diploma is written: the same level and field in the spellings a caseload holds. */
const SPELLINGS: readonly ((level: number, field: string) => string)[] = [
  (l, f) => `MBO-${l} ${f}`,
  (l, f) => `mbo niveau ${l} ${f}`,
  (l, f) => `MBO ${l} ${f[0]!.toUpperCase()}${f.slice(1)}`,
];

/**
 * @internal A person's diplomas and certificates, drawn from their experience (`kinds`): about 30%
 * has an MBO diploma in the field of one of them (level 1–4, mostly 2), some a VCA or forklift
 * certificate, a few cleaners the vakdiploma schoonmaak. Draws exactly 7 numbers from `random`, so one
 * person's draw never shifts another's.
 */
export function drawQualifications(random: Random, kinds: readonly string[]): string[] {
  const u = Array.from({ length: 7 }, () => random());
  const out: string[] = [];
  if (kinds.length > 0 && u[0]! < 0.3) {
    const kind = kinds[Math.floor(u[1]! * kinds.length)]!;
    const fields = FIELD_OF_KIND[kind];
    if (fields !== undefined) {
      const level = u[2]! < 0.2 ? 1 : u[2]! < 0.65 ? 2 : u[2]! < 0.93 ? 3 : 4;
      const field = level >= 3 ? fields[1] : fields[0];
      out.push(SPELLINGS[Math.floor(u[3]! * SPELLINGS.length)]!(level, field));
    }
  }
  if (kinds.some((k) => VCA_KINDS.has(k)) && u[4]! < 0.15) out.push('VCA basis');
  if (kinds.some((k) => FORKLIFT_KINDS.has(k)) && u[5]! < 0.2) out.push('heftruckcertificaat');
  if (kinds.includes('cleaning') && u[6]! < 0.06) out.push('vakdiploma schoonmaak');
  return out;
}
