import { targetGroupText } from '../_internal/words-nl.js';
import type { Placement } from '../quota/jobs.js';
import type { Block } from './document.js';
import type { FairnessAudit } from './fairness.js';
import { nl, round } from './format.js';

/** Placements and the extra jobs they add for one municipality or target group. */
export interface BreakdownRow {
  /** The municipality or target group; `'onbekend'` when a placement does not say. */
  key: string;
  placements: number;
  /** Expected extra jobs (probability × hours / unit hours), market and government together. */
  jobs: number;
  market: number;
  government: number;
}

const UNKNOWN = 'onbekend';

/** @internal Placements and jobs per value of `keyOf`, sorted by name (code units, not locale), unknown last; `null` when no placement has a value. */
export function breakdown<P extends Placement & { targetGroup?: string | undefined }>(
  placements: readonly P[],
  keyOf: (p: P) => string | undefined,
  unitHours: number,
): BreakdownRow[] | null {
  if (!placements.some((p) => typeof keyOf(p) === 'string' && keyOf(p) !== '')) return null;
  const rows = new Map<string, BreakdownRow>();
  for (const p of placements) {
    const raw = keyOf(p);
    const key = typeof raw === 'string' && raw !== '' ? raw : UNKNOWN;
    let row = rows.get(key);
    if (row === undefined) {
      row = { key, placements: 0, jobs: 0, market: 0, government: 0 };
      rows.set(key, row);
    }
    // Sheltered work does not count for the banenafspraak.
    const jobs = p.targetGroup === 'beschut' ? 0 : ((p.probability ?? 1) * p.hoursPerWeek) / unitHours;
    row.placements++;
    row[p.sector] += jobs;
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      jobs: round(r.market + r.government, 2),
      market: round(r.market, 2),
      government: round(r.government, 2),
    }))
    .sort((a, b) =>
      a.key === UNKNOWN ? 1 : b.key === UNKNOWN ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
}

/** @internal The breakdown tables, one per kind given. */
export function breakdownBlocks(
  byMunicipality: readonly BreakdownRow[] | null,
  byTargetGroup: readonly BreakdownRow[] | null,
): Block[] {
  const table = (first: string, rows: readonly BreakdownRow[], name: (k: string) => string): Block => ({
    kind: 'table',
    header: [first, 'Plaatsingen', 'Banen (verwacht)', 'waarvan markt', 'waarvan overheid'],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: [
      ...rows.map((r) => [
        name(r.key),
        nl(r.placements, 0),
        nl(r.jobs, 1),
        nl(r.market, 1),
        nl(r.government, 1),
      ]),
      [
        'Totaal',
        nl(
          rows.reduce((s, r) => s + r.placements, 0),
          0,
        ),
        nl(
          rows.reduce((s, r) => s + r.jobs, 0),
          1,
        ),
        nl(
          rows.reduce((s, r) => s + r.market, 0),
          1,
        ),
        nl(
          rows.reduce((s, r) => s + r.government, 0),
          1,
        ),
      ],
    ],
  });
  const blocks: Block[] = [];
  if (byMunicipality === null && byTargetGroup === null) return blocks;
  blocks.push(
    { kind: 'heading', level: 2, text: 'Plaatsingen per gemeente en per doelgroep' },
    {
      kind: 'paragraph',
      text: 'Voorgestelde plaatsingen en de extra banen die ze naar verwachting opleveren (uren gedeeld door 25,5, maal de kans dat de plaatsing doorgaat). Beschut werk telt niet mee voor de banenafspraak.',
    },
  );
  if (byMunicipality !== null) blocks.push(table('Gemeente', byMunicipality, (k) => k));
  if (byTargetGroup !== null) blocks.push(table('Doelgroep', byTargetGroup, targetGroupText));
  return blocks;
}

/** `a/b ÷ c/d` rounded down to hundredths with a decimal comma, in integers (b, c, d > 0): never shown above what it is. */
function ratioText(a: number, b: number, c: number, d: number): string {
  const hundredths = (100n * BigInt(a) * BigInt(d)) / (BigInt(b) * BigInt(c));
  return `${hundredths / 100n},${String(hundredths % 100n).padStart(2, '0')}`;
}

const rate = (selected: number, n: number): string => `${nl((100 * selected) / n, 0)}%`;

/** @internal The fairness section: per attribute and group the placement rate against the best group, in Dutch. */
export function fairnessBlocks(audit: FairnessAudit): Block[] {
  const limit = `${nl(audit.threshold * 100, 0)}%`;
  const rows: string[][] = [];
  const lines: string[] = [];
  for (const a of audit.attributes) {
    const best = a.groups.find((g) => g.value === a.bestGroup);
    for (const g of a.groups) {
      rows.push([
        a.attribute,
        g.value,
        nl(g.n, 0),
        nl(g.selected, 0),
        rate(g.selected, g.n),
        best === undefined || best.selected === 0 ? '–' : ratioText(g.selected, g.n, best.selected, best.n),
        g.tooSmall
          ? 'te klein'
          : g.value === a.bestGroup
            ? 'beste groep'
            : g.fourFifthsFlag
              ? 'signaal'
              : 'nee',
      ]);
    }
    if (best === undefined) {
      lines.push(
        `${a.attribute}: elke groep heeft minder dan ${audit.minGroupSize} kandidaten, te klein om te beoordelen.`,
      );
      continue;
    }
    const flagged = a.groups.filter((g) => g.fourFifthsFlag);
    for (const g of flagged) {
      const p =
        g.pValue === null
          ? ''
          : g.pValue < 0.05
            ? ', een significant verschil'
            : ', geen significant verschil';
      lines.push(
        `${a.attribute}: groep "${g.value}" wordt ${rate(g.selected, g.n)} geplaatst (${g.selected} van ${g.n}), ${ratioText(g.selected, g.n, best.selected, best.n)} keer de ${rate(best.selected, best.n)} van groep "${best.value}" (${best.selected} van ${best.n}): onder de grens van ${limit}${p}. Bekijk waarom.`,
      );
    }
    if (flagged.length === 0) {
      lines.push(`${a.attribute}: geen groep onder ${limit} van de best geplaatste groep "${best.value}".`);
    }
  }
  return [
    { kind: 'heading', level: 2, text: 'Gelijke kansen' },
    {
      kind: 'paragraph',
      text: `Plaatsingskans per groep, voor kenmerken die niet in de score meetellen (${audit.candidates} kandidaten, ${audit.selected} geplaatst). Een groep krijgt een signaal als haar plaatsingskans lager is dan ${limit} van die van de best geplaatste groep (de vier-vijfderegel); groepen met minder dan ${audit.minGroupSize} kandidaten zijn te klein om te beoordelen.`,
    },
    {
      kind: 'table',
      header: [
        'Kenmerk',
        'Groep',
        'Kandidaten',
        'Geplaatst',
        'Plaatsingskans',
        'Verhouding tot beste groep',
        'Signaal',
      ],
      align: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      rows,
    },
    { kind: 'list', items: lines },
  ];
}

/** @internal The glossary of the terms the report keeps. */
export function glossaryBlocks(unitHours: number): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Begrippen' },
    {
      kind: 'definitions',
      items: [
        [
          'Banenafspraak',
          'De afspraak van werkgevers en overheid om extra banen te scheppen voor mensen met een arbeidsbeperking; per regio vastgelegd in een convenant met doelen per jaar, voor de markt en de overheid apart.',
        ],
        [
          `Baan van ${nl(unitHours, 1)} uur`,
          `De rekeneenheid van de banenafspraak: ${nl(unitHours, 1)} verloonde uren per week tellen als één baan; 12,75 uur is een halve baan.`,
        ],
        [
          'Loonwaarde',
          'Wat iemand op een werkplek kan in procenten van wat een collega zonder beperking in die functie doet.',
        ],
        [
          'LKS',
          'Loonkostensubsidie: de gemeente vult het loon aan tot het minimumloon of cao-loon wanneer de loonwaarde daaronder ligt.',
        ],
        [
          'Jobcarving',
          'Taken uit bestaande functies halen en bundelen tot een nieuwe baan die past bij wat iemand kan.',
        ],
        [
          'Beschut werk',
          'Werk onder aangepaste omstandigheden voor wie veel begeleiding nodig heeft; telt niet mee voor de banenafspraak.',
        ],
        [
          'FML',
          'Functionele Mogelijkhedenlijst: de lijst van het UWV met wat iemand lichamelijk en psychisch kan, waarop de match zich baseert.',
        ],
        [
          'Prognose-interval',
          'De bandbreedte waarbinnen de stand aan het eind van een jaar met 80% of 95% kans valt, als de ontwikkeling van de afgelopen jaren doorzet.',
        ],
      ],
    },
  ];
}
