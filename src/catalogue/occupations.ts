import type { Sector } from '../domain/schemas.js';

/**
 * The occupation catalogue: for each occupation the task kinds a typical job holds and the share of
 * the week each takes (shares sum to 1). Job carving uses it to decompose a vacancy that comes
 * without tasks (the work analysis step of Inclusief Herontwerp Werk, domain notes Part B §5); the
 * synthetic region uses it to build vacancies. Shares are typical values for the Dutch occupations
 * named (assumptions of this catalogue, overridden by any vacancy that brings its own tasks).
 */
export interface Occupation {
  /** Stable id, English. */
  id: string;
  /** Dutch occupation title as it appears in vacancies. */
  name: string;
  /** Other titles that mean the same, matched by fuzzy search. */
  synonyms: readonly string[];
  /** Industry the occupation belongs to. */
  industry: string;
  /** Task kinds and their share of the week. */
  tasks: readonly { kind: string; share: number }[];
  /** Gross hourly wage as a multiple of the statutory minimum wage (typical cao scale). */
  wageFactor: number;
  /** Qualification the core tasks need, when there are any. */
  qualification?: string;
}

/** An industry (*branche*) where the target group works, with its market/government mix. */
export interface Industry {
  id: string;
  name: string;
  /** Share of the industry's employers that belong to the government sector. */
  governmentShare: number;
  /** Relative number of vacancies for the target group (for the synthetic region). */
  weight: number;
}

/** Industries where the target group works (UWV/SZW banenafspraak monitors name these branches). */
export const INDUSTRIES: readonly Industry[] = [
  { id: 'cleaning', name: 'schoonmaak', governmentShare: 0, weight: 12 },
  { id: 'catering', name: 'horeca en catering', governmentShare: 0.05, weight: 14 },
  { id: 'logistics', name: 'logistiek', governmentShare: 0, weight: 13 },
  { id: 'green', name: 'groenvoorziening', governmentShare: 0.45, weight: 9 },
  { id: 'retail', name: 'detailhandel', governmentShare: 0, weight: 15 },
  { id: 'facility', name: 'facilitaire dienstverlening', governmentShare: 0.45, weight: 10 },
  { id: 'administration', name: 'administratie', governmentShare: 0.5, weight: 9 },
  { id: 'production', name: 'productie en industrie', governmentShare: 0, weight: 10 },
  { id: 'care', name: 'zorgondersteuning', governmentShare: 0.05, weight: 8 },
];

/** Every occupation the catalogue knows. */
export const OCCUPATIONS: readonly Occupation[] = [
  {
    id: 'cleaner',
    name: 'schoonmaker',
    synonyms: ['schoonmaakmedewerker', 'interieurverzorger', 'glazenwasser'],
    industry: 'cleaning',
    tasks: [
      { kind: 'cleaning', share: 0.85 },
      { kind: 'litter-picking', share: 0.15 },
    ],
    wageFactor: 1.05,
  },
  {
    id: 'cleaning-lead',
    name: 'voorman schoonmaak',
    synonyms: ['objectleider schoonmaak', 'rayonleider schoonmaak'],
    industry: 'cleaning',
    tasks: [
      { kind: 'team-lead', share: 0.5 },
      { kind: 'cleaning', share: 0.4 },
      { kind: 'data-entry', share: 0.1 },
    ],
    wageFactor: 1.3,
    qualification: 'MBO-3 schoonmaak / vakdiploma',
  },
  {
    id: 'kitchen-assistant',
    name: 'keukenmedewerker',
    synonyms: ['keukenhulp', 'medewerker keuken', 'afwasser'],
    industry: 'catering',
    tasks: [
      { kind: 'food-prep', share: 0.45 },
      { kind: 'dishwashing', share: 0.35 },
      { kind: 'cleaning', share: 0.2 },
    ],
    wageFactor: 1.02,
  },
  {
    id: 'waiter',
    name: 'medewerker bediening',
    synonyms: ['serveerster', 'ober', 'bedieningsmedewerker'],
    industry: 'catering',
    tasks: [
      { kind: 'serving', share: 0.6 },
      { kind: 'dishwashing', share: 0.2 },
      { kind: 'cleaning', share: 0.2 },
    ],
    wageFactor: 1.05,
  },
  {
    id: 'cook',
    name: 'kok',
    synonyms: ['zelfstandig werkend kok', 'zelfstandig kok', 'kok bedrijfsrestaurant'],
    industry: 'catering',
    tasks: [
      { kind: 'cooking', share: 0.55 },
      { kind: 'food-prep', share: 0.3 },
      { kind: 'dishwashing', share: 0.15 },
    ],
    wageFactor: 1.25,
    qualification: 'MBO-3 kok',
  },
  {
    id: 'warehouse-worker',
    name: 'magazijnmedewerker',
    synonyms: ['orderpicker', 'medewerker magazijn', 'logistiek medewerker'],
    industry: 'logistics',
    tasks: [
      { kind: 'order-picking', share: 0.5 },
      { kind: 'packing', share: 0.35 },
      { kind: 'cleaning', share: 0.15 },
    ],
    wageFactor: 1.05,
  },
  {
    id: 'logistics-planner',
    name: 'logistiek planner',
    synonyms: ['voorraadbeheerder', 'teamleider magazijn'],
    industry: 'logistics',
    tasks: [
      { kind: 'logistics-planning', share: 0.5 },
      { kind: 'order-picking', share: 0.2 },
      { kind: 'packing', share: 0.15 },
      { kind: 'data-entry', share: 0.15 },
    ],
    wageFactor: 1.35,
    qualification: 'MBO-4 logistiek',
  },
  {
    id: 'gardener',
    name: 'groenvoorziener',
    synonyms: ['medewerker groen', 'hovenier', 'medewerker groenonderhoud'],
    industry: 'green',
    tasks: [
      { kind: 'green-maintenance', share: 0.8 },
      { kind: 'litter-picking', share: 0.2 },
    ],
    wageFactor: 1.08,
  },
  {
    id: 'arborist',
    name: 'boomverzorger',
    synonyms: ['boomspecialist', 'european tree worker'],
    industry: 'green',
    tasks: [
      { kind: 'tree-care', share: 0.5 },
      { kind: 'green-maintenance', share: 0.35 },
      { kind: 'litter-picking', share: 0.15 },
    ],
    wageFactor: 1.3,
    qualification: 'MBO-3 boomverzorging (ETW)',
  },
  {
    id: 'shop-assistant',
    name: 'winkelmedewerker',
    synonyms: ['vakkenvuller', 'medewerker supermarkt', 'verkoopmedewerker'],
    industry: 'retail',
    tasks: [
      { kind: 'shelf-stocking', share: 0.5 },
      { kind: 'cashier', share: 0.3 },
      { kind: 'cleaning', share: 0.2 },
    ],
    wageFactor: 1.02,
  },
  {
    id: 'shop-supervisor',
    name: 'assistent filiaalmanager',
    synonyms: ['teamleider winkel', 'afdelingsleider supermarkt'],
    industry: 'retail',
    tasks: [
      { kind: 'team-lead', share: 0.45 },
      { kind: 'shelf-stocking', share: 0.25 },
      { kind: 'cashier', share: 0.2 },
      { kind: 'data-entry', share: 0.1 },
    ],
    wageFactor: 1.3,
    qualification: 'MBO-4 retail',
  },
  {
    id: 'facility-assistant',
    name: 'facilitair medewerker',
    synonyms: ['medewerker facilitaire dienst', 'conciërge', 'huismeester'],
    industry: 'facility',
    tasks: [
      { kind: 'mail-sorting', share: 0.3 },
      { kind: 'reception', share: 0.25 },
      { kind: 'cleaning', share: 0.25 },
      { kind: 'filing', share: 0.2 },
    ],
    wageFactor: 1.1,
  },
  {
    id: 'office-clerk',
    name: 'administratief medewerker',
    synonyms: ['administratief assistent', 'medewerker administratie', 'backoffice medewerker'],
    industry: 'administration',
    tasks: [
      { kind: 'data-entry', share: 0.4 },
      { kind: 'filing', share: 0.25 },
      { kind: 'mail-sorting', share: 0.1 },
      { kind: 'financial-administration', share: 0.25 },
    ],
    wageFactor: 1.2,
    qualification: 'MBO-3 financieel administratief',
  },
  {
    id: 'archive-assistant',
    name: 'medewerker archief',
    synonyms: ['archiefmedewerker', 'medewerker digitalisering', 'scanmedewerker'],
    industry: 'administration',
    tasks: [
      { kind: 'filing', share: 0.6 },
      { kind: 'data-entry', share: 0.3 },
      { kind: 'mail-sorting', share: 0.1 },
    ],
    wageFactor: 1.08,
  },
  {
    id: 'production-worker',
    name: 'productiemedewerker',
    synonyms: ['medewerker productie', 'inpakker', 'assemblagemedewerker'],
    industry: 'production',
    tasks: [
      { kind: 'assembly', share: 0.5 },
      { kind: 'packing', share: 0.35 },
      { kind: 'cleaning', share: 0.15 },
    ],
    wageFactor: 1.05,
  },
  {
    id: 'machine-operator',
    name: 'operator',
    synonyms: ['machineoperator', 'procesoperator', 'productieoperator'],
    industry: 'production',
    tasks: [
      { kind: 'machine-operation', share: 0.55 },
      { kind: 'assembly', share: 0.2 },
      { kind: 'packing', share: 0.15 },
      { kind: 'cleaning', share: 0.1 },
    ],
    wageFactor: 1.3,
    qualification: 'MBO-3 operator',
  },
  {
    id: 'care-assistant',
    name: 'zorgassistent',
    synonyms: ['helpende', 'gastvrouw zorg', 'huiskamerassistent'],
    industry: 'care',
    tasks: [
      { kind: 'care-support', share: 0.5 },
      { kind: 'laundry', share: 0.2 },
      { kind: 'cleaning', share: 0.2 },
      { kind: 'serving', share: 0.1 },
    ],
    wageFactor: 1.05,
  },
  {
    id: 'carer',
    name: 'verzorgende IG',
    synonyms: ['verzorgende', 'verzorgende individuele gezondheidszorg'],
    industry: 'care',
    tasks: [
      { kind: 'personal-care', share: 0.6 },
      { kind: 'care-support', share: 0.25 },
      { kind: 'laundry', share: 0.15 },
    ],
    wageFactor: 1.3,
    qualification: 'MBO-3 verzorgende IG',
  },
  {
    id: 'courier',
    name: 'bezorger',
    synonyms: ['chauffeur bezorging', 'koerier', 'maaltijdbezorger'],
    industry: 'logistics',
    tasks: [
      { kind: 'delivery', share: 0.8 },
      { kind: 'packing', share: 0.2 },
    ],
    wageFactor: 1.05,
  },
];

const BY_ID: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.id, o]));

/**
 * The occupation with this id, or `undefined`.
 *
 * @example
 * occupation('cleaner')?.tasks // [{ kind: 'cleaning', share: 0.85 }, ...]
 */
export function occupation(id: string): Occupation | undefined {
  return BY_ID.get(id);
}

/**
 * Occupations of one industry.
 *
 * @example
 * occupationsIn('care').map((o) => o.name) // ['zorgassistent', 'verzorgende IG']
 */
export function occupationsIn(industry: string): readonly Occupation[] {
  return OCCUPATIONS.filter((o) => o.industry === industry);
}

/**
 * The sector an employer of this industry falls in, drawn from the industry's government share by a
 * uniform number `u` in [0, 1).
 *
 * @example
 * sectorFor(INDUSTRIES[0]!, 0.5) // 'market' (cleaning has no government share)
 */
export function sectorFor(industry: Industry, u: number): Sector {
  return u < industry.governmentShare ? 'government' : 'market';
}
