import type { CapabilityDemands } from '../domain/schemas.js';

/**
 * The task-kind catalogue: the elementary tasks that make up the jobs where the target group works,
 * with the FML demands a typical instance of the task makes and the skills it takes.
 *
 * Demands follow the input contract: an ordinal item maps to the highest person code the task
 * tolerates (`"IV.13": 1` = lifts ~10 kg, so a person limited to ~5 kg, code 2, cannot do it); a
 * conditions item (`I.8`, `II.12`) lists the conditions the task *meets* (`"II.12": [1]` = little or
 * no customer contact). The figures are typical values chosen from the FML norms (domain notes
 * Part B §1.3) and the job-carving criteria of Inclusief Herontwerp Werk (Part B §5: low demands on
 * independence, social contact, deadlines, tempo, interruptions and physical load make a task
 * carvable); they are assumptions of this catalogue, not UWV function data, and a vacancy that
 * brings its own tasks overrides them.
 */
export interface TaskKind {
  /** Stable id, English, e.g. `cleaning`. */
  id: string;
  /** Dutch name as a job coach says it. */
  name: string;
  /** Skills the task takes (Dutch, lower case), matched against candidates' skills. */
  skills: readonly string[];
  /** FML demands of a typical instance of the task. */
  demands: CapabilityDemands;
  /** Core tasks need the vacancy's qualification and are never carved out. */
  core: boolean;
}

// Conditions a task can meet: I.8 (persoonlijk functioneren) and II.12 (sociaal functioneren).
const CALM = [1, 2, 3, 5, 6]; // little distraction, predictable, few interruptions, no high tempo, no personal risk
const BACK_OFFICE = [1, 2, 3, 5]; // little customer/patient contact, colleagues to fall back on, no leading

/** Every task kind the catalogue knows, by id. */
export const TASK_KINDS: readonly TaskKind[] = [
  {
    id: 'cleaning',
    name: 'schoonmaken',
    skills: ['schoonmaken', 'stofzuigen', 'dweilen', 'sanitair reinigen'],
    demands: { 'IV.13': 1, 'IV.14': 1, 'IV.10': 1, 'IV.17': 1, 'V.4': 1, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'dishwashing',
    name: 'afwassen',
    skills: ['afwassen', 'vaatwasser bedienen', 'schoonmaken'],
    demands: { 'IV.13': 1, 'IV.14': 2, 'IV.8': 1, 'V.4': 0, 'V.3': 1, 'I.8': [2, 6], 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'food-prep',
    name: 'voedsel voorbereiden',
    skills: ['groente snijden', 'hygiëne', 'broodjes beleggen'],
    demands: { 'IV.13': 2, 'IV.8': 1, 'V.4': 1, 'V.3': 1, 'I.8': [1, 2, 5], 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'serving',
    name: 'bedienen',
    skills: ['bedienen', 'gastvrijheid', 'afrekenen'],
    demands: { 'IV.14': 2, 'IV.17': 0, 'V.4': 0, 'I.2': 0, 'II.3': 0, 'I.8': [6], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'order-picking',
    name: 'orderpicken',
    skills: ['orderpicken', 'scanner gebruiken', 'palletwagen'],
    demands: {
      'IV.13': 0,
      'IV.14': 1,
      'IV.10': 1,
      'IV.17': 0,
      'I.7': 0,
      'I.8': [1, 2, 6],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'packing',
    name: 'inpakken',
    skills: ['inpakken', 'sorteren', 'etiketteren'],
    demands: { 'IV.13': 2, 'IV.8': 1, 'V.4': 1, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'shelf-stocking',
    name: 'vakken vullen',
    skills: ['vakken vullen', 'spiegelen', 'voorraad tellen'],
    demands: { 'IV.13': 1, 'IV.14': 1, 'IV.10': 1, 'IV.20': 1, 'V.4': 1, 'I.8': [2, 6], 'II.12': [2, 3, 5] },
    core: false,
  },
  {
    id: 'green-maintenance',
    name: 'groenonderhoud',
    skills: ['snoeien', 'maaien', 'wieden', 'bladblazer'],
    demands: {
      'IV.13': 1,
      'IV.14': 1,
      'IV.12': 1,
      'IV.10': 1,
      'IV.20': 1,
      'IV.17': 1,
      'I.8': [1, 2, 3, 4, 5],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'litter-picking',
    name: 'zwerfvuil ruimen',
    skills: ['zwerfvuil prikken', 'afval scheiden'],
    demands: { 'IV.10': 1, 'IV.16': 0, 'IV.17': 0, 'I.8': [1, 2, 3, 4, 5], 'II.12': [1, 3, 5] },
    core: false,
  },
  {
    id: 'mail-sorting',
    name: 'post sorteren',
    skills: ['post sorteren', 'post rondbrengen', 'sorteren'],
    demands: { 'IV.8': 1, 'V.4': 2, 'II.5': 0, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'data-entry',
    name: 'gegevens invoeren',
    skills: ['gegevens invoeren', 'computervaardig', 'typen'],
    demands: { 'IV.4': 0, 'V.2': 0, 'I.1': 0, 'II.5': 0, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'filing',
    name: 'archiveren',
    skills: ['archiveren', 'scannen', 'kopiëren'],
    demands: { 'IV.13': 2, 'V.2': 1, 'II.5': 0, 'I.8': [1, 2, 3, 4, 5, 6], 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'reception',
    name: 'receptie en telefoon',
    skills: ['telefoon aannemen', 'gastvrijheid', 'bezoekers ontvangen'],
    demands: { 'II.3': 0, 'I.2': 0, 'IV.4': 1, 'II.8': 0, 'I.8': [6], 'II.12': [2, 5] },
    core: false,
  },
  {
    id: 'assembly',
    name: 'monteren',
    skills: ['monteren', 'fijne motoriek', 'schroeven'],
    demands: { 'IV.8': 1, 'V.2': 1, 'I.7': 0, 'I.8': [1, 2, 3, 6], 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'laundry',
    name: 'wassen, strijken en vouwen',
    skills: ['strijken', 'vouwen', 'wasmachine bedienen'],
    demands: { 'IV.13': 1, 'IV.8': 1, 'V.4': 1, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'care-support',
    name: 'zorgondersteuning',
    skills: ['koffie rondbrengen', 'maaltijden rondbrengen', 'gezelschap bieden'],
    demands: { 'IV.17': 1, 'I.8': [2, 6], 'II.12': [1, 3, 5] },
    core: false,
  },
  {
    id: 'cashier',
    name: 'kassawerk',
    skills: ['afrekenen', 'kassa bedienen', 'klantvriendelijk'],
    demands: { 'V.2': 1, 'I.2': 0, 'II.3': 0, 'I.7': 0, 'I.8': [6], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'delivery',
    name: 'bezorgen',
    skills: ['rijbewijs b', 'bezorgen', 'route plannen'],
    demands: { 'II.11': 0, 'II.10': 0, 'I.2': 0, 'IV.13': 1, 'IV.14': 1, 'I.8': [2], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'cooking',
    name: 'koken',
    skills: ['koken', 'menu plannen', 'hygiëne'],
    demands: { 'I.2': 0, 'I.9': 1, 'I.7': 0, 'V.4': 0, 'IV.13': 1, 'I.8': [], 'II.12': [1, 2] },
    core: true,
  },
  {
    id: 'logistics-planning',
    name: 'logistieke planning',
    skills: ['plannen', 'voorraadbeheer', 'wms'],
    demands: { 'I.2': 0, 'I.9': 0, 'II.9': 0, 'IV.4': 1, 'I.8': [], 'II.12': [1, 2] },
    core: true,
  },
  {
    id: 'tree-care',
    name: 'boomverzorging',
    skills: ['boomverzorging', 'kettingzaag', 'klimmen'],
    demands: { 'IV.19': 0, 'IV.13': 0, 'IV.14': 0, 'V.7': 0, 'I.8': [], 'II.12': [1, 2] },
    core: true,
  },
  {
    id: 'machine-operation',
    name: 'machine bedienen en instellen',
    skills: ['machine instellen', 'storingen verhelpen', 'kwaliteitscontrole'],
    demands: { 'I.2': 0, 'I.9': 1, 'I.7': 0, 'V.4': 1, 'I.8': [], 'II.12': [1, 2] },
    core: true,
  },
  {
    id: 'personal-care',
    name: 'persoonlijke verzorging',
    skills: ['persoonlijke verzorging', 'medicatie', 'rapporteren'],
    demands: { 'IV.13': 0, 'IV.10': 1, 'I.2': 0, 'I.9': 0, 'II.8': 1, 'I.8': [], 'II.12': [] },
    core: true,
  },
  {
    id: 'financial-administration',
    name: 'financiële administratie',
    skills: ['boekhouden', 'facturen verwerken', 'excel'],
    demands: { 'IV.4': 0, 'I.1': 0, 'I.2': 0, 'I.9': 0, 'I.8': [1, 6], 'II.12': [1, 2] },
    core: true,
  },
  {
    id: 'team-lead',
    name: 'leidinggeven',
    skills: ['leidinggeven', 'plannen', 'overleggen'],
    demands: { 'I.2': 0, 'I.9': 0, 'II.8': 0, 'II.9': 0, 'I.8': [], 'II.12': [] },
    core: true,
  },
  // Task kinds added with the catalogue's growth to ~90 occupations (issue 16). Their demands are
  // chosen the same way as above: typical values read from the FML norms and the job-carving criteria,
  // assumptions of this catalogue; the III items (conditions of the workplace) are used only where a
  // task cannot be done without them (wet work, dust, heat, cold, vibration).
  {
    id: 'harvesting',
    name: 'oogsten en plukken',
    skills: ['oogsten', 'plukken', 'oogst sorteren'],
    demands: {
      'IV.8': 0,
      'IV.10': 1,
      'IV.13': 1,
      'V.3': 1,
      'V.4': 0,
      'I.7': 0,
      'I.8': [1, 2, 3, 6],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'crop-care',
    name: 'gewasverzorging',
    skills: ['gewasverzorging', 'oppotten', 'stekken', 'planten'],
    demands: {
      'IV.8': 1,
      'IV.10': 1,
      'IV.13': 2,
      'V.4': 0,
      'V.7': 1,
      'I.8': [1, 2, 3, 6],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'waste-sorting',
    name: 'afval en goederen sorteren',
    skills: ['afval sorteren', 'textiel sorteren', 'sorteren'],
    demands: {
      'IV.8': 0,
      'IV.13': 1,
      'V.3': 1,
      'V.4': 0,
      'I.7': 0,
      'III.5': 0,
      'I.8': [1, 2, 3],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'car-washing',
    name: 'voertuigen wassen',
    skills: ['auto wassen', 'hogedrukreiniger', 'interieur reinigen'],
    demands: {
      'IV.10': 1,
      'IV.13': 1,
      'IV.19': 2,
      'V.4': 0,
      'III.3': 0,
      'I.8': [2, 3],
      'II.12': [3, 5],
    },
    core: false,
  },
  {
    id: 'housekeeping',
    name: 'kamers opmaken',
    skills: ['bedden opmaken', 'kamers schoonmaken', 'linnen verschonen'],
    demands: {
      'IV.10': 1,
      'IV.12': 1,
      'IV.13': 1,
      'IV.17': 0,
      'IV.20': 1,
      'V.4': 0,
      'I.7': 0,
      'I.8': [1, 2, 6],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'baking',
    name: 'bakken en afbakken',
    skills: ['deeg verwerken', 'afbakken', 'oven bedienen'],
    demands: {
      'IV.8': 1,
      'IV.13': 1,
      'IV.14': 1,
      'V.4': 0,
      'III.1': [2],
      'I.8': [1, 2],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'animal-care',
    name: 'dieren verzorgen',
    skills: ['dieren voeren', 'stallen uitmesten', 'dierverzorging'],
    demands: {
      'IV.10': 1,
      'IV.12': 0,
      'IV.13': 1,
      'IV.14': 1,
      'IV.17': 1,
      'I.8': [1, 2, 3, 5],
      'II.12': [1, 3, 5],
    },
    core: false,
  },
  {
    id: 'flower-arranging',
    name: 'bloemen binden',
    skills: ['boeketten binden', 'bloemen verwerken', 'fijne motoriek'],
    demands: {
      'IV.8': 0,
      'V.3': 1,
      'V.4': 0,
      'I.7': 0,
      'III.1': [1],
      'I.8': [1, 2, 3, 6],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'street-sweeping',
    name: 'straten vegen',
    skills: ['vegen', 'veegmachine bedienen', 'bladblazer'],
    demands: {
      'IV.10': 1,
      'IV.12': 1,
      'IV.16': 0,
      'IV.17': 0,
      'III.5': 0,
      'I.8': [1, 2, 3, 4, 5],
      'II.12': [1, 3, 5],
    },
    core: false,
  },
  {
    id: 'groundwork',
    name: 'grondwerk en bestrating',
    skills: ['graven', 'tegels leggen', 'bestraten'],
    demands: {
      'IV.10': 1,
      'IV.12': 0,
      'IV.13': 0,
      'IV.14': 0,
      'IV.20': 0,
      'V.5': 0,
      'V.6': 0,
      'III.7': 0,
      'I.8': [1, 2, 3, 5],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'surveillance',
    name: 'toezicht houden',
    skills: ['toezicht houden', 'surveilleren', 'mensen aanspreken'],
    demands: { 'IV.16': 0, 'IV.17': 0, 'I.2': 0, 'II.3': 0, 'II.8': 0, 'I.8': [2], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'loading',
    name: 'laden en lossen',
    skills: ['laden en lossen', 'palletwagen', 'sjouwen'],
    demands: {
      'IV.10': 1,
      'IV.12': 0,
      'IV.13': 0,
      'IV.14': 0,
      'IV.17': 1,
      'I.8': [1, 2, 3],
      'II.12': BACK_OFFICE,
    },
    core: false,
  },
  {
    id: 'dismantling',
    name: 'demonteren',
    skills: ['demonteren', 'gereedschap gebruiken', 'schroeven'],
    demands: { 'IV.6': 0, 'IV.8': 1, 'IV.13': 1, 'V.4': 1, 'I.8': CALM, 'II.12': BACK_OFFICE },
    core: false,
  },
  {
    id: 'bike-repair',
    name: 'fietsen repareren',
    skills: ['fietsen repareren', 'banden plakken', 'gereedschap gebruiken'],
    demands: { 'IV.6': 0, 'IV.13': 1, 'IV.20': 1, 'V.6': 0, 'I.9': 1, 'I.8': [1, 2, 3, 5], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'mail-delivery',
    name: 'post bezorgen',
    skills: ['post bezorgen', 'fietsen', 'route lopen'],
    demands: { 'IV.14': 1, 'IV.16': 0, 'IV.17': 0, 'IV.18': 1, 'I.8': [1, 2, 3, 5], 'II.12': [1, 5] },
    core: false,
  },
  {
    id: 'customer-help',
    name: 'klanten helpen',
    skills: ['klanten helpen', 'informatie geven', 'klantvriendelijk'],
    demands: { 'I.2': 0, 'II.3': 0, 'II.8': 1, 'IV.17': 1, 'V.4': 1, 'I.8': [6], 'II.12': [3, 5] },
    core: false,
  },
  {
    id: 'forklift-driving',
    name: 'heftruck rijden',
    skills: ['heftruck rijden', 'reachtruck', 'heftruckcertificaat'],
    demands: { 'I.2': 0, 'I.9': 1, 'IV.15': 0, 'III.7': 0, 'I.8': [2], 'II.12': [1, 3, 5] },
    core: true,
  },
];

const BY_ID: ReadonlyMap<string, TaskKind> = new Map(TASK_KINDS.map((k) => [k.id, k]));

/**
 * The task kind with this id, or `undefined`.
 *
 * @example
 * taskKind('cleaning')?.name // 'schoonmaken'
 */
export function taskKind(id: string): TaskKind | undefined {
  return BY_ID.get(id);
}

/**
 * How a task is named in a reason a job coach reads: its own description when the vacancy gives one,
 * else the catalogue's Dutch name of its kind (`cleaning` → `schoonmaken`), else the kind as written.
 *
 * @example
 * taskName({ kind: 'tree-care' }) // 'boomverzorging'
 * taskName({ kind: 'koffie zetten', description: 'koffie zetten voor vergaderingen' }) // 'koffie zetten voor vergaderingen'
 */
export function taskName(task: { kind: string; description?: string | undefined }): string {
  const own = task.description?.trim();
  if (own !== undefined && own !== '' && own.length <= 60) return own;
  return BY_ID.get(task.kind)?.name ?? task.kind;
}
