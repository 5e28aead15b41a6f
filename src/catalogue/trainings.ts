import { meetsQualification } from '../domain/qualifications.js';

/**
 * Trainings and certificates that close a skill gap: the skills of the task-kind catalogue they teach
 * (as `TASK_KINDS` writes them, so the skill vocabulary knows them), the certificate they give (as a
 * candidate's `qualifications` writes it, so `meetsQualification` finds it), how long they take and
 * who can pay. The covenant asks schools to align training with what employers ask (art. 2.4,
 * Onderwijs b); `caseloadGaps` counts, per training, the candidates and vacancies it would join.
 *
 * Durations come from course providers and trade pages; where no source states one, the figure is a
 * typical value marked `verified: false`, to be checked before it is quoted to a candidate.
 */

/** Who can pay for a training: the funder, the instrument and its basis. */
export interface TrainingFunder {
  readonly who: 'werkgever' | 'gemeente' | 'rijk';
  /** The instrument, in Dutch, e.g. `Subsidieregeling praktijkleren`. */
  readonly instrument: string;
  /** The law or rule it rests on. */
  readonly basis: string;
  /** For whom or on what condition. */
  readonly when: string;
  /** False when the basis or the condition is from memory or a weak source. */
  readonly verified: boolean;
}

/** How long a training takes. */
export interface TrainingDuration {
  /** In Dutch words, e.g. `7 dagdelen`. */
  readonly text: string;
  /** In whole or half working days, for sorting and sums. */
  readonly days: number;
  /** False when no source states it (a typical value). */
  readonly verified: boolean;
}

/** One training or certificate of the catalogue. */
export interface Training {
  /** Stable id, kebab case, e.g. `heftruckcertificaat`. */
  readonly id: string;
  /** Dutch name as a job coach says it. */
  readonly name: string;
  /** Catalogue skills it teaches (lower case, as `TASK_KINDS` writes them). */
  readonly skills: readonly string[];
  /** The certificate or diploma it gives, as written in a candidate's `qualifications`. */
  readonly qualification?: string | undefined;
  readonly duration: TrainingDuration;
  /** Years the certificate stays valid, when it expires. */
  readonly validYears?: number | undefined;
  readonly funders: readonly TrainingFunder[];
  readonly sources: readonly string[];
}

const GEMEENTE: TrainingFunder = {
  who: 'gemeente',
  instrument: 'scholing als voorziening gericht op arbeidsinschakeling',
  basis: 'Participatiewet art. 10 lid 1, naar de re-integratieverordening (art. 8a)',
  when: 'Participatiewet-klant; of en hoeveel bepaalt de verordening',
  verified: true,
};
const WERKGEVER_INSTRUCTIE: TrainingFunder = {
  who: 'werkgever',
  instrument: 'instructie en opleiding voor het werk',
  basis:
    'Arbowet art. 8 (voorlichting en onderricht); Arbobesluit: mobiele arbeidsmiddelen met eigen aandrijving alleen door werknemers met specifieke deskundigheid',
  when: 'de werknemer gaat het werk doen; het certificaat zelf is niet wettelijk verplicht',
  verified: false,
};
const PRAKTIJKLEREN: TrainingFunder = {
  who: 'rijk',
  instrument: 'Subsidieregeling praktijkleren (OCW), ten hoogste €2.700 per praktijkleerplaats',
  basis:
    'Subsidieregeling praktijkleren: erkend leerbedrijf; entree/pro/vso of mbo-BBL met ≥ 200 lesuren en ≥ 610 praktijkuren',
  when: 'de werkgever biedt een praktijkleerplaats; looptijd na 2023 niet nagegaan',
  verified: false,
};

const ARBO_HEFTRUCK = [
  'Blom Opleidingen, "Is een heftruckcertificaat verplicht?": geen wettelijke certificaatplicht, wel specifieke deskundigheid voor mobiele arbeidsmiddelen met eigen aandrijving (Arbo Informatieblad 14 §4.3.4) — https://www.blomopleidingen.nl/heftruck-certificaat-verplicht/',
  'Arbocentrum, "Vaardigheden heftruckchauffeur" (2021): theorie- en praktijkexamen, certificaat 5 jaar geldig — https://old.arbocentrum.nl/nieuws/vaardigheden-heftruckchauffeur',
  'HeftruckNederland, veelgestelde vragen: basiscursus, herhalingscursus, reachtruck valt onder dezelfde regels — https://www.heftrucknederland.nl/veel-gestelde-vragen',
];

/** Every training the catalogue knows. */
export const TRAININGS: readonly Training[] = [
  {
    id: 'heftruckcertificaat',
    name: 'heftruckcertificaat',
    skills: ['heftruck rijden', 'heftruckcertificaat'],
    qualification: 'heftruckcertificaat',
    duration: { text: '1 tot 2 dagen theorie en praktijk, met examen', days: 1.5, verified: false },
    validYears: 5,
    funders: [WERKGEVER_INSTRUCTIE, GEMEENTE],
    sources: ARBO_HEFTRUCK,
  },
  {
    id: 'reachtruckcertificaat',
    name: 'reachtruckcertificaat',
    skills: ['reachtruck'],
    qualification: 'reachtruckcertificaat',
    duration: { text: '1 tot 2 dagen theorie en praktijk, met examen', days: 1.5, verified: false },
    validYears: 5,
    funders: [WERKGEVER_INSTRUCTIE, GEMEENTE],
    sources: ARBO_HEFTRUCK,
  },
  {
    id: 'palletwagen',
    name: 'instructie elektrische palletwagen',
    skills: ['palletwagen'],
    duration: { text: 'een dagdeel, vaak op de werkplek', days: 0.5, verified: false },
    funders: [WERKGEVER_INSTRUCTIE, GEMEENTE],
    sources: [
      'Toyota Material Handling, kennisbank heftruckcertificaat: de instructieplicht geldt ook voor meerijdende pallettrucks (intern transportmaterieel) — https://toyota-forklifts.nl/kennisbank/heftruckcertificaat/',
    ],
  },
  {
    id: 'vca-basis',
    name: 'VCA basis (Basisveiligheid VCA)',
    skills: [],
    qualification: 'VCA basis',
    duration: { text: '1 dag cursus en een examen van 40 vragen (1 uur)', days: 1, verified: false },
    funders: [
      {
        who: 'werkgever',
        instrument: 'VCA-diploma voor medewerkers van een VCA-gecertificeerd bedrijf',
        basis: 'VCA-stelsel (SSVV): uitvoerende medewerkers halen het diploma kort na indiensttreding',
        when: 'de werkgever is VCA-gecertificeerd of de opdrachtgever vraagt VCA',
        verified: true,
      },
      GEMEENTE,
    ],
    sources: [
      'VCAexamen.nl, veelgestelde vragen: VCA Basis is voor alle uitvoerende medewerkers; VCA Basis Groen voor de groensector — https://vcaexamen.nl/informatie/faq/',
      'VCAexamen.nl, VCA In Company: medewerkers van VCA-gecertificeerde bedrijven halen hun diploma binnen drie maanden na indiensttreding — https://vcaexamen.nl/examen/vca-ic/',
      'Be-Consult, examenreglement: VCA Basis 40 vragen in 1 uur, 64,5% goed (Belgisch exameninstituut) — https://be-consult.be/vca-examens/examenreglement',
    ],
  },
  {
    id: 'basisopleiding-schoonmaken',
    name: 'Basisopleiding Schoonmaken (SVS, vakdiploma schoonmaak)',
    skills: ['schoonmaken', 'stofzuigen', 'dweilen', 'sanitair reinigen'],
    qualification: 'vakdiploma schoonmaak',
    duration: { text: '7 dagdelen, met RAS-examen', days: 3.5, verified: true },
    funders: [
      {
        who: 'werkgever',
        instrument: 'basisvakopleiding volgens de cao',
        basis:
          'cao Schoonmaak- en glazenwassersbranche art. 36 (volgens carling.nl; cao-tekst niet nagegaan)',
        when: 'de kandidaat gaat in de schoonmaakbranche werken',
        verified: false,
      },
      GEMEENTE,
    ],
    sources: [
      'Patijnenburg, "Deelnemers slagen voor Basisdiploma Schoonmaken": 7 dagdelen, erkend basisdiploma SVS, gericht op betaald werk voor werkzoekenden — https://www.patijnenburg.nl/nl/deelnemers-patijnenburg-slagen-voor-basisdiploma-schoonmaken',
      'Carling, "De basisopleiding, wat houdt dat nu eigenlijk in?" (2014): stofwissen, moppen, sanitair, stofzuigen; RAS-examen en vakdiploma; cao art. 36 — https://carling.nl/blog/de-basisopleiding-wat-houdt-dat-nu-eigenlijk-in',
    ],
  },
  {
    id: 'hygienecode',
    name: 'basiscursus hygiëne (HACCP, hygiënecode)',
    skills: ['hygiëne'],
    qualification: 'HACCP',
    duration: { text: 'een dagdeel tot een dag', days: 0.5, verified: false },
    funders: [
      {
        who: 'werkgever',
        instrument: 'instructie in voedselhygiëne',
        basis:
          'Verordening (EG) nr. 852/2004, bijlage II hoofdstuk XII: wie met levensmiddelen werkt, krijgt toezicht en instructie of opleiding in hygiëne',
        when: 'de kandidaat gaat met levensmiddelen werken',
        verified: true,
      },
      GEMEENTE,
    ],
    sources: [
      'Verordening (EG) nr. 852/2004 inzake levensmiddelenhygiëne, bijlage II hoofdstuk XII (opleiding)',
    ],
  },
  {
    id: 'kassatraining',
    name: 'kassatraining',
    skills: ['kassa bedienen', 'afrekenen'],
    duration: { text: 'enkele dagdelen, meestal bij het inwerken', days: 1, verified: false },
    funders: [
      {
        who: 'werkgever',
        instrument: 'inwerken',
        basis: 'Arbowet art. 8 (onderricht bij het werk)',
        when: 'bij indiensttreding',
        verified: false,
      },
      GEMEENTE,
    ],
    sources: ['task-kind catalogue: `cashier` (afrekenen, kassa bedienen); Participatiewet art. 10 lid 1'],
  },
  {
    id: 'bhv',
    name: 'bedrijfshulpverlening (BHV)',
    skills: [],
    qualification: 'BHV',
    duration: { text: '2 dagen basis, daarna jaarlijks herhalen', days: 2, verified: false },
    funders: [
      {
        who: 'werkgever',
        instrument: 'bedrijfshulpverleners aanwijzen en opleiden',
        basis: 'Arbowet art. 15',
        when: 'de werkgever wijst de werknemer als BHV’er aan',
        verified: true,
      },
    ],
    sources: ['Arbeidsomstandighedenwet art. 15 (bijstand door bedrijfshulpverleners)'],
  },
  {
    id: 'rijbewijs-b',
    name: 'rijbewijs B',
    skills: ['rijbewijs b'],
    qualification: 'rijbewijs B',
    duration: { text: 'rijlessen over enkele maanden en het CBR-examen', days: 20, verified: false },
    funders: [GEMEENTE],
    sources: ['Wegenverkeerswet 1994 art. 107 (rijbewijsplicht); Participatiewet art. 10 lid 1'],
  },
  {
    id: 'digitale-vaardigheden',
    name: 'cursus digitale vaardigheden',
    skills: ['computervaardig', 'typen'],
    duration: { text: 'enkele weken, een dagdeel per week', days: 4, verified: false },
    funders: [
      {
        who: 'gemeente',
        instrument: 'volwasseneneducatie (taal, rekenen, digitale vaardigheden)',
        basis: 'Wet educatie en beroepsonderwijs, educatie (titel 2.3), via de contactgemeente van de regio',
        when: 'basisvaardigheden; artikel niet nagegaan',
        verified: false,
      },
      GEMEENTE,
    ],
    sources: [
      'task-kind catalogue: `data-entry` (computervaardig, typen); Wet educatie en beroepsonderwijs (educatie)',
    ],
  },
  {
    id: 'entree-logistiek',
    name: 'entree-opleiding logistiek (mbo niveau 1, BBL)',
    skills: ['orderpicken', 'scanner gebruiken', 'inpakken'],
    qualification: 'MBO-1 logistiek',
    duration: { text: 'ongeveer een jaar, werkend leren', days: 200, verified: false },
    funders: [PRAKTIJKLEREN, GEMEENTE],
    sources: [
      'Subsidiedirect, Subsidieregeling Praktijkleren: tot €2.700 per student; mbo-BBL ≥ 200 lesuren en ≥ 610 praktijkuren — https://subsidiedirect.nl/praktijkleren/',
      'NLSI, "Subsidieregeling praktijkleren": categorieën entree, pro, vso, BBL; looptijd 2014–2023 — https://nlsi.nl/nlsi-nieuws/subsidieregeling-praktijkleren-aanvragen-tot-16-september/',
    ],
  },
];

const BY_ID: ReadonlyMap<string, Training> = new Map(TRAININGS.map((t) => [t.id, t]));

/**
 * The training with this id, or `undefined`.
 *
 * @example
 * training('heftruckcertificaat')?.skills // ['heftruck rijden', 'heftruckcertificaat']
 */
export function training(id: string): Training | undefined {
  return BY_ID.get(id);
}

/**
 * The trainings that teach a skill (compared without case or surrounding spaces), shortest first.
 *
 * @param skill - a skill as the catalogue writes it, e.g. `"hygiëne"`
 * @example
 * trainingsForSkill('Heftruck rijden').map((t) => t.id) // ['heftruckcertificaat']
 */
export function trainingsForSkill(skill: string): Training[] {
  const key = skill.trim().toLowerCase();
  return TRAININGS.filter((t) => t.skills.includes(key)).sort((a, b) => a.duration.days - b.duration.days);
}

/**
 * The trainings whose certificate meets a vacancy's qualification requirement (`meetsQualification`:
 * "VCA" is met by "VCA basis"), shortest first.
 *
 * @param requirement - the vacancy's `qualification`, e.g. `"VCA"`
 * @example
 * trainingsForQualification('VCA').map((t) => t.id) // ['vca-basis']
 */
export function trainingsForQualification(requirement: string): Training[] {
  return TRAININGS.filter(
    (t) => t.qualification !== undefined && meetsQualification(requirement, [t.qualification]).met,
  ).sort((a, b) => a.duration.days - b.duration.days);
}
