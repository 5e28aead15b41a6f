import { type CandidateInput, createMatcher, type Match, type VacancyInput } from 'banenmatch';
import { describe, expect, it } from 'vitest';
import { skillOrder } from '../../src/scoring/explain/memo.js';

// What the explanations of one candidate share (issue 20, mutation testing of
// src/scoring/explain/memo.ts): the FML reasons per demand class and the marks on the candidate's
// skills must be the explained candidate's own, whichever candidate was explained before, and the
// marks must follow a vocabulary that grows.

const HOME = { municipality: 'Hilversum', lat: 52.2, lon: 5.2 };
const candidate: CandidateInput = {
  id: 'c1',
  targetGroup: 'wajong',
  home: HOME,
  maxCommuteKm: 20,
  hoursPerWeek: { min: 0, max: 32 },
  skills: ['schoonmaken'],
};
const vacancy: VacancyInput = {
  id: 'v1',
  employerId: 'e',
  sector: 'market',
  occupation: 'schoonmaker',
  location: HOME,
  hoursPerWeek: 16,
  carvable: false,
  tasks: [
    {
      id: 'clean',
      kind: 'cleaning',
      hoursPerWeek: 12,
      demands: { 'IV.13': 1 },
      skills: ['schoonmaken', 'dweilen'],
    },
    { id: 'file', kind: 'filing', hoursPerWeek: 4, demands: {}, skills: ['archiveren'] },
  ],
};
const skillsReason = (r: Match) => r.components.find((x) => x.name === 'skills')!.reason;

describe('skillOrder', () => {
  it('heaviest first, equal weights by name, weightless skills left out', () => {
    const names = ['d', 'b', 'a', 'c', 'e'];
    expect([...skillOrder(names, [0, 1, 2, 3, 4], [1, 3, 1, 0, 2])]).toEqual([1, 4, 2, 0]);
    // The same skills given in another order.
    expect([...skillOrder(names, [4, 0, 2, 1], [2, 1, 1, 3])]).toEqual([1, 4, 2, 0]);
    expect([...skillOrder(names, [], [])]).toEqual([]);
    expect([...skillOrder(names, [3], [0])]).toEqual([]);
  });
});

describe('the explanation memo', () => {
  it('each candidate’s own FML reasons, explained in turns on tasks of one demand class', () => {
    const light = { ...candidate, id: 'c2', capabilities: { 'IV.13': 3 } };
    const heavier = { ...candidate, id: 'c3', capabilities: { 'IV.13': 2 } };
    const m = createMatcher({ candidates: [light, heavier], vacancies: [vacancy] });
    const kg2 = 'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg)';
    const kg5 = 'de hele vacature past niet (schoonmaken niet: tillen: kan ~5 kg, taak vraagt ~10 kg)';
    for (let turn = 0; turn < 2; turn++) {
      expect(m.score('c2', 'v1').reasons[0]).toBe(kg2);
      expect(m.score('c3', 'v1').reasons[0]).toBe(kg5);
    }
    // Two classes for one candidate: each class its own reason.
    const two: VacancyInput = {
      ...vacancy,
      id: 'v2',
      tasks: [
        { ...vacancy.tasks![0]!, demands: { 'IV.13': 1 } },
        { ...vacancy.tasks![1]!, demands: { 'IV.13': 0 } },
      ],
    };
    m.addVacancy(two);
    expect(m.score('c2', 'v2').reasons[0]).toBe(
      'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg; archiveren niet: tillen: kan ~2 kg, taak vraagt ~15 kg)',
    );
  });

  it('each candidate’s own skills, explained in turns, and after the vocabulary grows', () => {
    const other = { ...candidate, id: 'c2', skills: ['dweilen', 'archiveren'] };
    const m = createMatcher({
      candidates: [candidate, other],
      vacancies: [{ ...vacancy, tasks: [{ ...vacancy.tasks![0]!, demands: {} }, vacancy.tasks![1]!] }],
    });
    const mine =
      'heeft schoonmaken; mist dweilen, ervaring met schoonmaken, archiveren, ervaring met archiveren';
    const theirs =
      'heeft dweilen, archiveren; mist ervaring met schoonmaken, schoonmaken, ervaring met archiveren';
    for (let turn = 0; turn < 2; turn++) {
      expect(skillsReason(m.score('c1', 'v1') as Match)).toBe(mine);
      expect(skillsReason(m.score('c1', 'v1') as Match)).toBe(mine);
      expect(skillsReason(m.score('c2', 'v1') as Match)).toBe(theirs);
    }
    // Forty new skills, then a candidate who has the last of them: its mark lies past the first marks.
    const many = Array.from(
      { length: 40 },
      (_, i) =>
        `vakkennis ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}q`,
    );
    m.addVacancy({
      ...vacancy,
      id: 'v2',
      hoursPerWeek: 4,
      tasks: [{ id: 'learn', kind: 'filing', hoursPerWeek: 4, demands: {}, skills: many }],
    });
    m.addCandidate({ ...candidate, id: 'c3', skills: [many[39]!] });
    const r = m.score('c3', 'v2') as Match;
    expect(skillsReason(r)).toMatch(new RegExp(`^heeft ${many[39]}; mist `));
    // 39 others and the experience of filing, all of 4 h: by name.
    expect(skillsReason(r).split(', ')).toHaveLength(40);
    expect(skillsReason(m.score('c1', 'v1') as Match)).toBe(mine);
  });
});

describe('an explanation reads its own pair’s records only', () => {
  const cannotLift = { ...candidate, capabilities: { 'IV.13': 3 }, skills: ['archiveren'] };
  const lifting = {
    id: 'lift',
    kind: 'cleaning',
    hoursPerWeek: 12,
    demands: { 'IV.13': 1 },
    skills: ['schoonmaken'],
  };
  const filing = { id: 'file', kind: 'filing', hoursPerWeek: 14, demands: {}, skills: ['archiveren'] };
  const other = (id: string, skill: string): VacancyInput => ({
    ...vacancy,
    id,
    hoursPerWeek: 10,
    tasks: [{ id: `${id}-t`, kind: 'cooking', hoursPerWeek: 10, demands: {}, skills: [skill] }],
  });

  it('a full job between other vacancies lists its own skills; a carved job its own tasks’ only', () => {
    // The carved job's task comes before the dropped one, and other vacancies lie on both sides.
    const carvable: VacancyInput = {
      ...vacancy,
      id: 'mid',
      hoursPerWeek: 26,
      carvable: true,
      tasks: [filing, lifting],
    };
    const m = createMatcher({
      candidates: [cannotLift],
      vacancies: [other('first', 'koken'), carvable, other('last', 'bakken')],
    });
    const carved = m.score('c1', 'mid') as Match;
    expect(carved.job).toMatchObject({ kind: 'carved', hoursPerWeek: 14 });
    expect(skillsReason(carved)).toBe('heeft archiveren; mist ervaring met archiveren');
    expect(skillsReason(m.score('c1', 'first') as Match)).toBe(
      'heeft geen van de gevraagde vaardigheden; mist ervaring met koken, koken',
    );
  });

  it('the signals of the job’s own tasks: a task on the limit that the carved job leaves out is not named', () => {
    const onLimit = { ...candidate, hoursPerWeek: { min: 0, max: 14 }, capabilities: { 'IV.13': 2 } };
    const m = createMatcher({
      candidates: [onLimit],
      vacancies: [
        {
          ...vacancy,
          hoursPerWeek: 26,
          carvable: true,
          tasks: [
            { id: 'a', kind: 'cleaning', hoursPerWeek: 10, demands: { 'IV.13': 2 }, skills: [] },
            { id: 'b', kind: 'filing', hoursPerWeek: 6, demands: { 'IV.13': 2 }, skills: [] },
            { id: 'c', kind: 'dishwashing', hoursPerWeek: 8, demands: {}, skills: [] },
            { id: 'd', kind: 'cashier', hoursPerWeek: 2, demands: {}, skills: [] },
          ],
        },
      ],
    });
    const r = m.score('c1', 'v1') as Match;
    expect(r.job !== 'full' && r.job.tasks.map((t) => t.taskId)).toEqual(['b', 'c']);
    expect(r.signals).toEqual(['archiveren (b): tillen: kan ~5 kg, taak vraagt ~5 kg (op de grens)']);
  });

  it('a task over two items: both reasons, joined; an unmet qualification and a task over: both named', () => {
    const c = { ...candidate, capabilities: { 'IV.13': 3, 'V.1': 3 } };
    const v: VacancyInput = {
      ...vacancy,
      tasks: [{ id: 'a', kind: 'cleaning', hoursPerWeek: 16, demands: { 'IV.13': 1, 'V.1': 1 }, skills: [] }],
    };
    expect(createMatcher({ candidates: [c], vacancies: [v] }).score('c1', 'v1').reasons[0]).toBe(
      'de hele vacature past niet (schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg; zitten: kan < ¼ uur achtereen zitten, taak vraagt ~1 uur achtereen zitten)',
    );
    const asks: VacancyInput = {
      ...vacancy,
      hoursPerWeek: 26,
      carvable: true,
      qualification: 'VCA',
      tasks: [{ ...lifting, core: true }, filing],
    };
    const r = createMatcher({ candidates: [cannotLift], vacancies: [asks] }).score('c1', 'v1') as Match;
    expect(r.reasons[0]).toMatch(
      /^gecreëerde baan van 1 taak, 14 uur: de hele vacature vraagt VCA \(kerntaak schoonmaken\); de kandidaat heeft dat niet \([^)]*\); de hele vacature past niet \(schoonmaken niet: tillen: kan ~2 kg, taak vraagt ~10 kg\)$/,
    );
  });
});
