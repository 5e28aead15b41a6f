import {
  ageBandSchema,
  assign,
  benefitSchema,
  type CandidateInput,
  createMatcher,
  educationLevelSchema,
  generateRegion,
} from 'banenmatch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The descriptive fields of issue 23 (covenant art. 2.4 fn 14.V, art. 2.4.d.i and d.xi, art. 1.1): they
// describe the supply and must never enter a score. Metamorphic: draw them at random, then shuffle them
// among the candidates; every score, shortlist and placement stays identical to the run without them.
const region = generateRegion({ seed: 23, candidates: 30, vacancies: 40 });

type Descriptive = Pick<
  CandidateInput,
  'ageBand' | 'educationLevel' | 'benefit' | 'wswWaitingList' | 'contactPerson' | 'previousMunicipality'
>;

const descriptive: fc.Arbitrary<Descriptive> = fc.record(
  {
    ageBand: fc.constantFrom(...ageBandSchema.options),
    educationLevel: fc.constantFrom(...educationLevelSchema.options),
    benefit: fc.constantFrom(...benefitSchema.options),
    wswWaitingList: fc.boolean(),
    contactPerson: fc.constantFrom('coach-1', 'coach-2', 'coach-3'),
    previousMunicipality: fc.constantFrom('Almere', 'Utrecht', 'Amsterdam'),
  },
  { requiredKeys: [] },
);

function run(candidates: readonly CandidateInput[]) {
  const matcher = createMatcher({ candidates, vacancies: region.vacancies });
  const list = matcher.shortlist({ k: 10 });
  const placed = assign(matcher).placements.map((p) => [p.candidateId, p.vacancyId, p.score]);
  const pairs = candidates.map((c) => matcher.rank(c.id, { k: 5 }).map((m) => [m.vacancyId, m.score]));
  return {
    offsets: Array.from(list.offsets),
    vacancies: Array.from(list.vacancies),
    scores: Array.from(list.scores),
    placed,
    pairs,
  };
}

describe('protected and descriptive candidate fields never enter a score (permutation)', () => {
  const baseline = run(region.candidates);

  it('drawn at random and shuffled among the candidates: every score, shortlist and placement identical', () => {
    fc.assert(
      fc.property(
        fc.array(descriptive, { minLength: region.candidates.length, maxLength: region.candidates.length }),
        fc.nat(),
        (fields, rotate) => {
          const shift = rotate % fields.length;
          const candidates = region.candidates.map((c, i) => ({
            ...c,
            ...fields[(i + shift) % fields.length],
          }));
          expect(run(candidates)).toEqual(baseline);
        },
      ),
      { numRuns: 8 },
    );
  });
});
