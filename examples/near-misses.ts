/**
 * Why not, and what would help (issue 22): on a generated region, assign, take one candidate left
 * unplaced and show why (the vacancies in reach by the rule that shut them) and the near misses: the
 * vacancies that would fit after one change, with the score the pair would reach and who pays. Then,
 * over the whole caseload, the changes that would open most placements (`caseloadGaps`): the top
 * workplace adaptations for the market plan, the trainings for schools, and the first carving,
 * commute and hours lines.
 *
 * Run: `node --import tsx examples/near-misses.ts`
 */
import { pathToFileURL } from 'node:url';
import { assign, caseloadGaps, createMatcher, generateRegion } from 'banenmatch';

const score = (x: number): string => x.toFixed(2).replace('.', ',');
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The text the example prints, for a region of `candidates` × `vacancies` from `seed`. */
export function main(seed = 42, candidates = 500, vacancies = 750): string {
  const region = generateRegion({ seed, candidates, vacancies });
  const matcher = createMatcher(region);
  const run = assign(matcher, { whyUnplaced: true });
  const out = [
    `Waarom niet, en wat zou helpen — voorbeeldregio (seed ${seed}, ${candidates} kandidaten, ${vacancies} vacatures)`,
    `Toewijzing: ${run.placements.length} geplaatst, ${run.unplaced.length} niet geplaatst.`,
  ];

  // The unplaced candidate whose near misses show the most kinds of change (the first of them).
  const kinds = (u: (typeof run.unplaced)[number]): number =>
    new Set(u.nearMisses?.map((n) => n.change.kind)).size;
  const who = run.unplaced.reduce<(typeof run.unplaced)[number] | undefined>(
    (best, u) => (kinds(u) > (best === undefined ? 0 : kinds(best)) ? u : best),
    undefined,
  );
  if (who !== undefined) {
    out.push('', `Kandidaat ${who.candidateId}, niet geplaatst: ${who.summary}`);
    out.push('Bijna-matches (past na één verandering):');
    for (const n of who.nearMisses ?? []) {
      const payers = n.payers.length === 0 ? '' : `; betaalt: ${n.payers.map((p) => p.who).join(' of ')}`;
      out.push(`  ${n.vacancyId}: ${n.description} → score ${score(n.score)}${payers}`);
    }
  }

  const gaps = caseloadGaps(matcher);
  out.push(
    '',
    `Wat zou in de regio meer plaatsingen mogelijk maken: van ${count(gaps.candidates)} kandidaten hebben er ${count(gaps.withNearMiss)} een bijna-match (${count(gaps.nearMisses)} in totaal).`,
    'Werkplekaanpassingen (marktbewerkingsplan):',
    ...gaps.adaptations.slice(0, 5).map((r) => `  ${r.market}`),
    'Scholing (voor scholen en opleiders):',
    ...gaps.trainings.slice(0, 3).map((r) => `  ${r.school}`),
    'Verder:',
    ...[gaps.carving[0], gaps.commute[0], gaps.hours[0]].flatMap((r) =>
      r === undefined ? [] : [`  ${r.market}`],
    ),
  );
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
