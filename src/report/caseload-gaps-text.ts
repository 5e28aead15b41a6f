import type {
  AdaptationGap,
  CarvingGap,
  CaseloadGaps,
  CommuteGap,
  GapCounts,
  HoursGap,
  TrainingGap,
} from './caseload-gaps-types.js';
import type { Block } from './document.js';
import { nl } from './format.js';

type Texts = Pick<GapCounts, 'market' | 'school'>;
type Row<T> = Omit<T, keyof Texts>;

const candidates = (n: number): string => `${nl(n, 0)} ${n === 1 ? 'kandidaat' : 'kandidaten'}`;
const vacancies = (n: number): string => `${nl(n, 0)} ${n === 1 ? 'vacature' : 'vacatures'}`;
const counts = (r: Row<GapCounts>): string => `${candidates(r.candidates)}, ${vacancies(r.vacancies)}`;

/** @internal The Dutch lines of each kind of row: for the market plan and for schools. */
export const gapTexts = {
  adaptation(r: Row<AdaptationGap>): Texts {
    const what = `${r.name} bij ${r.taskName} (${r.item} ${r.itemName})`;
    return {
      market: `${what}: ${counts(r)}`,
      school: `${r.taskName} met ${r.name} (${r.item} ${r.itemName}) oefenen in de praktijkroute: ${counts(r)}`,
    };
  },
  carving(r: Row<CarvingGap>): Texts {
    return {
      market: `taak ${r.taskName} overdragen aan een collega (jobcarving, mediaan ${nl(r.medianHours, 1)} uur per week): ${counts(r)}`,
      school: `leren werken zonder de taak ${r.taskName}, die een collega overneemt: ${counts(r)}`,
    };
  },
  training(r: Row<TrainingGap>): Texts {
    const why = [...(r.diploma ? ['het gevraagde diploma'] : []), ...r.skills];
    const skills = r.skills.length === 0 ? '' : ` (voor ${why.join(', ')})`;
    return {
      market: `${r.name}: ${counts(r)}${skills}`,
      school: `${r.name} aanbieden: ${candidates(r.candidates)} ${r.candidates === 1 ? 'mist' : 'missen'} het voor ${vacancies(r.vacancies)}${skills}`,
    };
  },
  commute(r: Row<CommuteGap>): Texts {
    const km = `mediaan ${nl(r.medianExtraKm, 1)} km verder`;
    return {
      market: `${r.municipality}: ${counts(r)} net buiten de reisafstand (${km})`,
      school: `reistraining of vervoer voor kandidaten uit ${r.municipality}: ${counts(r)} (${km})`,
    };
  },
  hours(r: Row<HoursGap>): Texts {
    return {
      market: `${r.description}: ${counts(r)}`,
      school: `uren opbouwen in een werkfit-traject (${r.description}): ${counts(r)}`,
    };
  },
};

/**
 * @internal The section "Wat zou meer plaatsingen mogelijk maken" of a report: the top `top`
 * adaptations and trainings of `caseloadGaps` (with carving, commute and hours in one line each).
 */
export function gapsBlocks(gaps: CaseloadGaps, top = 5): Block[] {
  const table = (rows: readonly (GapCounts & { name: string; detail: string })[]): Block => ({
    kind: 'table',
    header: ['Verandering', 'Waarbij', 'Kandidaten', 'Vacatures'],
    align: ['left', 'left', 'right', 'right'],
    rows: rows.slice(0, top).map((r) => [r.name, r.detail, nl(r.candidates, 0), nl(r.vacancies, 0)]),
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Wat zou meer plaatsingen mogelijk maken' },
    {
      kind: 'paragraph',
      text: `Van ${candidates(gaps.candidates)} ${gaps.withNearMiss === 1 ? 'heeft' : 'hebben'} er ${nl(gaps.withNearMiss, 0)} een vacature die na één verandering past (${nl(gaps.nearMisses, 0)} bijna-matches). Per verandering: hoeveel kandidaten ze helpt en hoeveel vacatures ze opent.`,
    },
  ];
  if (gaps.adaptations.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Werkplekaanpassingen (voor het marktbewerkingsplan):' },
      table(
        gaps.adaptations.map((r) => ({
          ...r,
          detail: `${r.taskName} (${r.item} ${r.itemName})`,
        })),
      ),
    );
  }
  if (gaps.trainings.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Scholing en certificaten (voor scholen en opleiders):' },
      table(
        gaps.trainings.map((r) => ({
          ...r,
          detail: [...(r.diploma ? ['diploma'] : []), ...r.skills].join(', '),
        })),
      ),
    );
  }
  const lines = [gaps.carving[0], gaps.commute[0], gaps.hours[0]].flatMap((r) =>
    r === undefined ? [] : [r.market],
  );
  if (lines.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Verder het meest gevraagd (jobcarving, reisafstand, uren):' },
      { kind: 'list', items: lines },
    );
  }
  return blocks;
}
