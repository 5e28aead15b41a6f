/**
 * The catalogue of UWV's *Functionele Mogelijkhedenlijst* (FML): six rubrieken, 64 items, each with
 * its codes, labels and, where the form gives them, numeric norms.
 *
 * Source: the text of the current FML form (items `rubriek.item`, codes `rubriek.item.code`) as
 * embedded in a public report template on GitHub, cross-checked against docplayer transcripts of the
 * FML, Sorgdrager & Kuijer in Medisch Contact (reiken 1200x/uur) and CRvB 15-12-2020,
 * ECLI:NL:CRVB:2020:3154 ("gemiddeld ongeveer tien uur per week (item 6.3.4)"). See the domain notes,
 * Part B §1.3. Labels are shortened from the form's wording; the form's free-text parts
 * ("namelijk: …") are not modelled.
 */

/** The six FML rubrieken. */
export type FmlRubriekId = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';

/**
 * How an item's codes are read:
 * - `ordinal`: 0 = norm, higher codes = more limited (lifting ~15 → ~10 → ~5 → ~2 kg);
 * - `flag`: an ordinal item with two codes, 0 = norm, 1 = beperkt;
 * - `nominal`: 0 = norm, every other code a different *kind* of limitation, without order
 *   (I.5 doelmatig handelen, IV.3 hand- en vingergebruik);
 * - `conditions`: a set of specific conditions (*specifieke voorwaarden*, I.8 and II.12) the person's
 *   work must meet; code 0 (*nee*) is the empty set.
 */
export type FmlItemKind = 'ordinal' | 'flag' | 'nominal' | 'conditions';

/** Unit of a level's numeric norm. */
export type FmlUnit =
  | 'kg'
  | 'N'
  | 'cm'
  | 'm'
  | 'degrees'
  | 'steps'
  | 'times-per-hour'
  | 'minutes'
  | 'hours-per-day'
  | 'hours-per-week';

/** One code of an FML item. */
export interface FmlLevel {
  /** The code on the form (`IV.13` code 2 is written 4.13.2). */
  readonly code: number;
  /** Dutch label, shortened from the form. */
  readonly label: string;
  /** A short phrase for reasons: what a person with this code can, e.g. `~5 kg`. */
  readonly short: string;
  /** The numeric norm of the level, in `unit` ("ongeveer" read as the number itself, CRvB 30-03-2007). */
  readonly value?: number;
  readonly unit?: FmlUnit;
  /** True when `value` is a lower bound ("ten minste"), so the level has no upper limit. */
  readonly atLeast?: true;
  /** How often per hour the norm holds, when the form says so (tillen t/m 10x/u). */
  readonly perHour?: number;
}

/** One item of the FML. */
export interface FmlItem {
  /** Id `"<rubriek>.<item>"`, e.g. `"IV.13"`. */
  readonly id: string;
  readonly rubriek: FmlRubriekId;
  /** Item number inside its rubriek. */
  readonly no: number;
  /** Dutch name as on the form (lower case, for use in sentences). */
  readonly name: string;
  /** English gloss. */
  readonly gloss: string;
  readonly kind: FmlItemKind;
  /**
   * False for IV.1 (dominantie) and IV.2 (lokalisatie van beperkingen): they describe which side is
   * dominant or limited and qualify other items; tasks make no demands on them.
   */
  readonly compared: boolean;
  /** Every code of the item, in code order starting at 0. */
  readonly levels: readonly FmlLevel[];
}

/** One rubriek with its items. */
export interface FmlRubriek {
  readonly id: FmlRubriekId;
  readonly name: string;
  readonly gloss: string;
  readonly items: readonly FmlItem[];
}

/** The FML catalogue as data. */
export interface FmlCatalogue {
  /** Which form the catalogue follows. */
  readonly source: string;
  readonly rubrieken: readonly FmlRubriek[];
  /** All 64 items in form order. */
  readonly items: readonly FmlItem[];
}

type LevelExtra = Omit<FmlLevel, 'code' | 'label' | 'short'>;

function levels(...rows: readonly [string, string, LevelExtra?][]): FmlLevel[] {
  return rows.map(([label, short, extra], code) => ({ code, label, short, ...extra }));
}

function item(
  rubriek: FmlRubriekId,
  no: number,
  name: string,
  gloss: string,
  kind: FmlItemKind,
  lv: FmlLevel[],
  compared = true,
): FmlItem {
  return { id: `${rubriek}.${no}`, rubriek, no, name, gloss, kind, compared, levels: lv };
}

const NORM = 'Norm. Geen specifieke beperkingen';
const flagLevels = (limited = 'Beperkt'): FmlLevel[] => levels([NORM, 'normaal'], [limited, 'beperkt']);
const kg = (v: number, perHour?: number): LevelExtra =>
  perHour === undefined ? { value: v, unit: 'kg' } : { value: v, unit: 'kg', perHour };
const min = (v: number): LevelExtra => ({ value: v, unit: 'minutes' });
const hDay = (v: number): LevelExtra => ({ value: v, unit: 'hours-per-day' });
const perHour = (v: number): LevelExtra => ({ value: v, unit: 'times-per-hour' });
/** Four-step "during the working day" scale: merendeel / ~4 uur / ~1 uur / < ½ uur. */
const workdayLevels = (): FmlLevel[] =>
  levels(
    ['Norm. Gedurende het merendeel van de werkdag', 'het merendeel van de werkdag', hDay(8)],
    ['Licht beperkt. Ongeveer 4 uur per werkdag', '~4 uur per dag', hDay(4)],
    ['Beperkt. Ongeveer 1 uur per werkdag', '~1 uur per dag', hDay(1)],
    ['Sterk beperkt. Minder dan een half uur per werkdag', '< ½ uur per dag', hDay(0.5)],
  );

const rubriekI: FmlItem[] = [
  item(
    'I',
    1,
    'vasthouden van de aandacht',
    'sustained attention (concentration)',
    'ordinal',
    levels(
      [
        'Norm. Ten minste een half uur de aandacht op één informatiebron',
        '≥ ½ uur aandacht op één bron',
        min(30),
      ],
      ['Beperkt. Niet langer dan een half uur', '≤ ½ uur aandacht op één bron', min(30)],
      ['Sterk beperkt. Niet langer dan 5 minuten', '≤ 5 min aandacht op één bron', min(5)],
    ),
  ),
  item(
    'I',
    2,
    'verdelen van de aandacht',
    'divided attention',
    'ordinal',
    levels(
      [
        'Norm. Meerdere uiteenlopende informatiebronnen (verkeersdeelname met een voertuig)',
        'aandacht verdelen over meerdere bronnen',
      ],
      [
        'Beperkt. Een beperkt aantal informatiebronnen (reizen met het OV)',
        'aandacht verdelen over enkele bronnen',
      ],
      ['Sterk beperkt. Niet of nauwelijks aandacht verdelen', 'nauwelijks aandacht verdelen'],
    ),
  ),
  item(
    'I',
    3,
    'herinneren',
    'remembering',
    'ordinal',
    levels(
      [
        'Norm. Herinnert zich relevante zaken tijdig zonder ongebruikelijke hulpmiddelen',
        'zaken onthouden zonder hulpmiddelen',
      ],
      ['Beperkt. Moet regelmatig dingen opschrijven als geheugensteun', 'zaken onthouden met geheugensteun'],
      [
        'Sterk beperkt. Herinnert zich alledaagse gegevens niet, ook niet met hulpmiddelen',
        'alledaagse gegevens niet onthouden',
      ],
    ),
  ),
  item(
    'I',
    4,
    'inzicht in eigen kunnen',
    'insight into own abilities',
    'nominal',
    levels(
      ['Norm. Schat eigen mogelijkheden en beperkingen realistisch in', 'realistisch inzicht'],
      ['Beperkt. Overschat ernstig de eigen mogelijkheden', 'overschat eigen mogelijkheden'],
      ['Beperkt. Overschat ernstig de eigen beperkingen', 'overschat eigen beperkingen'],
    ),
  ),
  item(
    'I',
    5,
    'doelmatig handelen',
    'purposeful action (task execution)',
    'nominal',
    levels(
      ['Norm. Geen specifieke beperkingen in doelmatig handelen', 'normaal'],
      ['Beperkt: start niet tijdig activiteiten', 'start niet tijdig'],
      ['Beperkt: voert activiteiten niet in logische volgorde uit', 'geen logische volgorde'],
      ['Beperkt: controleert het verloop van activiteiten niet', 'controleert verloop niet'],
      ['Beperkt: beëindigt activiteiten niet tijdig', 'beëindigt niet tijdig'],
      ['Anderszins beperkt in doelmatig handelen', 'anderszins beperkt'],
    ),
  ),
  item(
    'I',
    6,
    'zelfstandig handelen',
    'independent action',
    'nominal',
    levels(
      ['Norm. Geen specifieke beperkingen in zelfstandig handelen', 'normaal'],
      ['Beperkt: neemt niet uit zichzelf initiatief', 'neemt geen initiatief'],
      ['Beperkt: stelt zichzelf geen doelen', 'stelt geen doelen'],
      ['Beperkt: ontwerpt geen oplossingsvarianten', 'bedenkt geen oplossingen'],
      ['Beperkt: besluit niet zelf welke aanpak de meest geëigende is', 'kiest geen aanpak'],
      ['Beperkt: onderkent niet wanneer de aanpak tekortschiet', 'ziet niet dat aanpak tekortschiet'],
      ['Beperkt: kiest dan niet zelf een alternatieve aanpak of ander doel', 'kiest geen alternatief'],
      ['Beperkt: gaat niet uit zichzelf door tot het doel bereikt is', 'zet niet door'],
      ['Beperkt: doet niet tijdig een beroep op hulp van anderen', 'vraagt niet tijdig hulp'],
      ['Anderszins beperkt in zelfstandig handelen', 'anderszins beperkt'],
    ),
  ),
  item(
    'I',
    7,
    'handelingstempo',
    'pace of action',
    'flag',
    levels(
      [NORM, 'normaal tempo'],
      ['Beperkt. Het handelingstempo is aanmerkelijk vertraagd', 'aanmerkelijk vertraagd tempo'],
    ),
  ),
  item(
    'I',
    8,
    'specifieke voorwaarden persoonlijk functioneren',
    'specific conditions for personal functioning',
    'conditions',
    levels(
      ['Nee. Geen specifieke voorwaarden', 'geen voorwaarden'],
      ['Werk met niet of nauwelijks afleiding door activiteiten van anderen', 'weinig afleiding'],
      ['Een voorspelbare werksituatie', 'voorspelbare werksituatie'],
      [
        'Werksituatie zonder veelvuldige storingen of onderbrekingen',
        'zonder veelvuldige storingen/onderbrekingen',
      ],
      [
        'Werk zonder veelvuldige deadlines of productiepieken',
        'zonder veelvuldige deadlines of productiepieken',
      ],
      ['Werk waarin geen hoog handelingstempo vereist is', 'geen hoog handelingstempo'],
      ['Werk zonder verhoogd persoonlijk risico', 'zonder verhoogd persoonlijk risico'],
      ['Overige specifieke voorwaarden voor persoonlijk functioneren', 'overige voorwaarden'],
    ),
  ),
  item(
    'I',
    9,
    'mate van zelfstandigheid',
    'degree of independence',
    'ordinal',
    levels(
      ['Norm. Geen beperkingen', 'zelfstandig werken'],
      ['Beperkt, aangewezen op vaste/bekende werkwijzen', 'werken volgens vaste werkwijzen'],
      ['Sterk beperkt, aangewezen op volledig voorgestructureerd werk', 'volledig voorgestructureerd werk'],
    ),
  ),
];

const rubriekII: FmlItem[] = [
  item('II', 1, 'zien', 'seeing', 'flag', flagLevels()),
  item('II', 2, 'horen', 'hearing', 'flag', flagLevels()),
  item('II', 3, 'spreken', 'speaking', 'flag', flagLevels()),
  item('II', 4, 'schrijven', 'writing', 'flag', flagLevels()),
  item('II', 5, 'lezen', 'reading', 'flag', flagLevels()),
  item(
    'II',
    6,
    'emotionele problemen van anderen hanteren',
    "handling others' emotional problems",
    'nominal',
    levels(
      ['Norm. Kan zich inleven en afstand nemen', 'normaal'],
      [
        'Beperkt. Trekt zich problemen van anderen erg aan; wel afstand in gedrag, niet in beleving',
        'trekt het zich erg aan',
      ],
      [
        'Beperkt. Trekt zich problemen van anderen onvoldoende aan; kan wel enigszins bijstaan',
        'trekt het zich onvoldoende aan',
      ],
      [
        'Sterk beperkt. Trekt zich problemen erg aan, geen afstand in gedrag of beleving',
        'trekt het zich erg aan (sterk)',
      ],
      ['Sterk beperkt. Trekt zich problemen onvoldoende aan, kan niet bijstaan', 'kan anderen niet bijstaan'],
    ),
  ),
  item(
    'II',
    7,
    'eigen gevoelens uiten',
    'expressing own feelings',
    'nominal',
    levels(
      ['Norm. Uit gevoelens op een duidelijke en acceptabele manier', 'normaal'],
      ['Beperkt. Blokkeert zichzelf', 'blokkeert'],
      ['Beperkt. Onduidelijke of onvoorspelbare gevoelsuitingen', 'onduidelijke gevoelsuitingen'],
      ['Beperkt. Uit gevoelens ongeremd', 'ongeremde gevoelsuitingen'],
    ),
  ),
  item(
    'II',
    8,
    'omgaan met conflicten',
    'handling conflicts',
    'ordinal',
    levels(
      ['Norm. Geen specifieke beperking', 'conflicten hanteren'],
      [
        'Beperkt. Conflicten alleen telefonisch of schriftelijk hanteren',
        'conflicten alleen op afstand hanteren',
      ],
      ['Sterk beperkt. Kan geen conflicten hanteren', 'geen conflicten hanteren'],
    ),
  ),
  item(
    'II',
    9,
    'samenwerken',
    'working together',
    'ordinal',
    levels(
      ['Norm. Werken in teamverband', 'werken in teamverband'],
      ['Beperkt. Samenwerken met een eigen, afgebakende deeltaak', 'samenwerken met een eigen deeltaak'],
      ['Sterk beperkt. Kan niet met anderen samenwerken', 'niet samenwerken'],
    ),
  ),
  item(
    'II',
    10,
    'vervoer',
    'commuting (travelling independently)',
    'flag',
    flagLevels('Beperkt. Kan niet zelfstandig reizen'),
  ),
  item(
    'II',
    11,
    'beroepsmatig vervoer',
    'driving a vehicle for work',
    'flag',
    flagLevels('Beperkt. Kan niet of beperkt beroepsmatig een voertuig besturen'),
  ),
  item(
    'II',
    12,
    'specifieke voorwaarden sociaal functioneren',
    'specific conditions for social functioning',
    'conditions',
    levels(
      ['Nee. Geen specifieke voorwaarden', 'geen voorwaarden'],
      ['Werk met weinig of geen rechtstreeks contact met klanten', 'weinig of geen klantcontact'],
      [
        'Werk met weinig of geen direct contact met patiënten of hulpbehoevenden',
        'weinig of geen contact met patiënten/hulpbehoevenden',
      ],
      [
        'Werk waarin kan worden teruggevallen op collega’s of leidinggevenden (geen solitaire functie)',
        'terugvallen op collega’s (geen solitaire functie)',
      ],
      ['Werk zonder direct contact met collega’s', 'geen direct contact met collega’s'],
      ['Werk zonder leidinggevende aspecten', 'geen leidinggevende taken'],
      ['Overige specifieke voorwaarden', 'overige voorwaarden'],
    ),
  ),
];

const rubriekIII: FmlItem[] = [
  item(
    'III',
    1,
    'temperatuur',
    'temperature',
    'nominal',
    levels(
      [NORM, 'normaal'],
      ['Beperkt. Hitte is beperkt (> 35 °C)', 'hitte (> 35 °C)'],
      ['Beperkt. Koude is beperkt (< −15 °C)', 'koude (< −15 °C)'],
    ),
  ),
  item('III', 2, 'tocht', 'draught', 'flag', flagLevels()),
  item('III', 3, 'huidcontact', 'skin contact', 'flag', flagLevels()),
  item('III', 4, 'beschermende middelen', 'protective equipment', 'flag', flagLevels()),
  item('III', 5, 'stof, rook, gassen en dampen', 'dust, smoke, gases and vapours', 'flag', flagLevels()),
  item('III', 6, 'geluidsbelasting', 'noise', 'flag', flagLevels()),
  item('III', 7, 'trillingsbelasting', 'vibration', 'flag', flagLevels()),
  item(
    'III',
    8,
    'overige beperkingen fysieke aanpassing',
    'other limits of physical adaptation',
    'nominal',
    levels(
      [NORM, 'normaal'],
      ['Allergie', 'allergie'],
      ['Verhoogde vatbaarheid voor infecties', 'vatbaar voor infecties'],
      ['Verzwakte huidbarrière', 'verzwakte huidbarrière'],
      ['Andere beperkingen', 'andere beperkingen'],
    ),
  ),
];

const rubriekIV: FmlItem[] = [
  item(
    'IV',
    1,
    'dominantie',
    'hand dominance',
    'nominal',
    levels(['Niet van toepassing', 'n.v.t.'], ['Rechts', 'rechts'], ['Links', 'links']),
    false,
  ),
  item(
    'IV',
    2,
    'lokalisatie beperkingen',
    'side of the limitations',
    'nominal',
    levels(
      ['Niet van toepassing', 'n.v.t.'],
      ['Rechts', 'rechts'],
      ['Links', 'links'],
      ['Tweezijdig', 'tweezijdig'],
    ),
    false,
  ),
  item(
    'IV',
    3,
    'hand- en vingergebruik',
    'use of hands and fingers',
    'nominal',
    levels(
      [NORM, 'normaal'],
      ['De bolgreep is beperkt', 'bolgreep'],
      ['De pengreep is beperkt', 'pengreep'],
      ['De pincetgreep is beperkt', 'pincetgreep'],
      ['De sleutelgreep is beperkt', 'sleutelgreep'],
      ['De cilindergreep is beperkt', 'cilindergreep'],
      ['Knijp-/grijpkracht is beperkt', 'knijp-/grijpkracht'],
      ['Fijn-motorische hand-/vingerbewegingen zijn beperkt', 'fijne motoriek'],
      ['Repetitieve hand-/vingerbewegingen zijn beperkt', 'repeterende bewegingen'],
      ['Toetsenbord bedienen en muis hanteren is beperkt', 'toetsenbord en muis'],
    ),
  ),
  item('IV', 4, 'werken met toetsenbord en muis', 'keyboard and mouse work', 'ordinal', workdayLevels()),
  item('IV', 5, 'tastzin', 'sense of touch', 'flag', flagLevels()),
  item(
    'IV',
    6,
    'schroefbewegingen met hand en arm',
    'screwing movements of hand and arm',
    'flag',
    flagLevels(),
  ),
  item(
    'IV',
    7,
    'reiken',
    'reaching (distance)',
    'ordinal',
    levels(
      ['Norm. Maximale reikafstand 70 cm', '70 cm reiken', { value: 70, unit: 'cm' }],
      ['Licht beperkt. Maximale reikafstand 60 cm', '60 cm reiken', { value: 60, unit: 'cm' }],
      ['Beperkt. Maximale reikafstand 50 cm', '50 cm reiken', { value: 50, unit: 'cm' }],
    ),
  ),
  item(
    'IV',
    8,
    'frequent reiken',
    'frequent reaching',
    'ordinal',
    levels(
      ['Norm. 1200x per uur (20x per minuut) reiken', '1200x per uur reiken', perHour(1200)],
      ['Beperkt. Ongeveer 600x per uur reiken', '~600x per uur reiken', perHour(600)],
      ['Sterk beperkt. Ongeveer 300x per uur reiken', '~300x per uur reiken', perHour(300)],
    ),
  ),
  item(
    'IV',
    9,
    'buigen',
    'bending (angle)',
    'ordinal',
    levels(
      ['Norm. Ongeveer 90° buigen', '~90° buigen', { value: 90, unit: 'degrees' }],
      ['Beperkt. Ongeveer 60° buigen', '~60° buigen', { value: 60, unit: 'degrees' }],
      ['Sterk beperkt. Ongeveer 45° buigen', '~45° buigen', { value: 45, unit: 'degrees' }],
    ),
  ),
  item(
    'IV',
    10,
    'frequent buigen',
    'frequent bending',
    'ordinal',
    levels(
      ['Norm. Ongeveer 600x per uur buigen', '~600x per uur buigen', perHour(600)],
      ['Licht beperkt. Ongeveer 300x per uur buigen', '~300x per uur buigen', perHour(300)],
      ['Beperkt. Ongeveer 150x per uur buigen', '~150x per uur buigen', perHour(150)],
      ['Sterk beperkt. Ongeveer 50x per uur buigen', '~50x per uur buigen', perHour(50)],
    ),
  ),
  item(
    'IV',
    11,
    'torderen',
    'twisting the trunk',
    'flag',
    flagLevels('Beperkt. Kan de romp zittend niet 45° draaien'),
  ),
  item(
    'IV',
    12,
    'duwen of trekken',
    'pushing or pulling',
    'ordinal',
    levels(
      ['Norm. Ongeveer 250 N (25 kgF) duwen of trekken', '~250 N duwen/trekken', { value: 250, unit: 'N' }],
      ['Beperkt. Ongeveer 150 N (15 kgF)', '~150 N duwen/trekken', { value: 150, unit: 'N' }],
      ['Sterk beperkt. Ongeveer 100 N (10 kgF)', '~100 N duwen/trekken', { value: 100, unit: 'N' }],
    ),
  ),
  item(
    'IV',
    13,
    'tillen',
    'lifting',
    'ordinal',
    levels(
      ['Norm. Ongeveer 15 kg tillen (t/m 10x per uur)', '~15 kg', kg(15, 10)],
      ['Licht beperkt. Ongeveer 10 kg tillen (t/m 10x per uur)', '~10 kg', kg(10, 10)],
      ['Beperkt. Ongeveer 5 kg tillen (t/m 50x per uur)', '~5 kg', kg(5, 50)],
      ['Sterk beperkt. Ongeveer 2 kg tillen (t/m 100x per uur)', '~2 kg', kg(2, 100)],
    ),
  ),
  item(
    'IV',
    14,
    'dragen',
    'carrying',
    'ordinal',
    levels(
      ['Norm. Ongeveer 15 kg dragen (t/m 4 min aaneen)', '~15 kg dragen', kg(15)],
      ['Licht beperkt. Ongeveer 10 kg dragen (t/m 2 min aaneen)', '~10 kg dragen', kg(10)],
      ['Beperkt. Ongeveer 5 kg dragen (t/m 1 min aaneen)', '~5 kg dragen', kg(5)],
      [
        'Sterk beperkt. Ongeveer 2 kg dragen (t/m 2 min aaneen bij ≤ 5x per uur, anders 1 min)',
        '~2 kg dragen',
        kg(2),
      ],
    ),
  ),
  item(
    'IV',
    15,
    'hoofdbewegingen maken',
    'head movements',
    'ordinal',
    levels(
      ['Norm. Hoofd ongehinderd bewegen (120x per uur)', 'hoofd vrij bewegen (120x per uur)', perHour(120)],
      ['Beperkt. Hoofd beperkt bewegen', 'hoofd beperkt bewegen'],
      ['Sterk beperkt. Hoofd niet of nauwelijks bewegen', 'hoofd nauwelijks bewegen'],
    ),
  ),
  item(
    'IV',
    16,
    'lopen',
    'walking (continuously, 3 km/h)',
    'ordinal',
    levels(
      ['Norm. Ongeveer een uur achtereen lopen (3 km/u)', '~1 uur achtereen lopen', min(60)],
      ['Licht beperkt. Ongeveer 30 minuten achtereen', '~30 min achtereen lopen', min(30)],
      ['Beperkt. Ongeveer 15 minuten achtereen', '~15 min achtereen lopen', min(15)],
      ['Sterk beperkt. Minder dan ongeveer 5 minuten achtereen', '< 5 min achtereen lopen', min(5)],
    ),
  ),
  item('IV', 17, 'lopen tijdens het werk', 'walking during the working day', 'ordinal', workdayLevels()),
  item(
    'IV',
    18,
    'trappenlopen',
    'climbing stairs',
    'ordinal',
    levels(
      [
        'Norm. In één keer 2 trappen op en af (60 treden)',
        '2 trappen op en af (60 treden)',
        { value: 60, unit: 'steps' },
      ],
      [
        'Licht beperkt. In één keer 1 trap op en af (30 treden)',
        '1 trap op en af (30 treden)',
        { value: 30, unit: 'steps' },
      ],
      [
        'Beperkt. In één keer 1 trap op óf af (15 treden)',
        '1 trap op óf af (15 treden)',
        { value: 15, unit: 'steps' },
      ],
      ['Sterk beperkt. Alleen een bordestrapje', 'alleen een bordestrapje'],
    ),
  ),
  item(
    'IV',
    19,
    'klimmen',
    'climbing',
    'ordinal',
    levels(
      ['Norm. Een ladder op en af (gemiddeld 5 m)', 'ladder (~5 m)', { value: 5, unit: 'm' }],
      [
        'Licht beperkt. Een huishoudtrap op en af (gemiddeld 3 m)',
        'huishoudtrap (~3 m)',
        { value: 3, unit: 'm' },
      ],
      ['Beperkt. Een opstapje op en af', 'opstapje'],
      ['Sterk beperkt. Kan geen opstap maken', 'geen opstap'],
    ),
  ),
  item(
    'IV',
    20,
    'knielen of hurken',
    'kneeling or squatting',
    'ordinal',
    levels(
      ['Norm. 10x per uur knielend of hurkend de grond bereiken', '10x per uur knielen/hurken', perHour(10)],
      ['Licht beperkt. Hooguit 5x per uur', '≤ 5x per uur knielen/hurken', perHour(5)],
      ['Beperkt. Hooguit 2x per uur', '≤ 2x per uur knielen/hurken', perHour(2)],
      ['Sterk beperkt. Niet of nauwelijks', 'nauwelijks knielen/hurken', perHour(0)],
    ),
  ),
  item(
    'IV',
    21,
    'overige beperkingen dynamisch handelen',
    'other limits of dynamic actions',
    'flag',
    flagLevels(),
  ),
];

const rubriekV: FmlItem[] = [
  item(
    'V',
    1,
    'zitten',
    'sitting (continuously)',
    'ordinal',
    levels(
      ['Norm. Ongeveer 2 uur achtereen zitten', '~2 uur achtereen zitten', min(120)],
      ['Licht beperkt. Ongeveer een uur achtereen', '~1 uur achtereen zitten', min(60)],
      ['Beperkt. Ongeveer een half uur achtereen', '~½ uur achtereen zitten', min(30)],
      ['Sterk beperkt. Minder dan een kwartier achtereen', '< ¼ uur achtereen zitten', min(15)],
    ),
  ),
  item(
    'V',
    2,
    'zitten tijdens het werk',
    'sitting during the working day',
    'ordinal',
    levels(
      ['Norm. Vrijwel de gehele werkdag zitten', 'vrijwel de hele werkdag zitten'],
      [
        'Licht beperkt. Het grootste deel van de werkdag (niet meer dan 8 uur)',
        '≤ 8 uur per dag zitten',
        hDay(8),
      ],
      ['Beperkt. De helft van de werkdag (ongeveer 4 uur)', '~4 uur per dag zitten', hDay(4)],
      ['Sterk beperkt. Minder dan 4 uur per werkdag', '< 4 uur per dag zitten', hDay(4)],
    ),
  ),
  item(
    'V',
    3,
    'staan',
    'standing (continuously)',
    'ordinal',
    levels(
      ['Norm. Ongeveer een uur achtereen staan', '~1 uur achtereen staan', min(60)],
      ['Licht beperkt. Ongeveer een half uur achtereen', '~½ uur achtereen staan', min(30)],
      ['Beperkt. Ongeveer 15 minuten achtereen', '~15 min achtereen staan', min(15)],
      ['Sterk beperkt. Minder dan 5 minuten achtereen', '< 5 min achtereen staan', min(5)],
    ),
  ),
  item('V', 4, 'staan tijdens het werk', 'standing during the working day', 'ordinal', workdayLevels()),
  item(
    'V',
    5,
    'geknield of gehurkt actief zijn',
    'working kneeling or squatting',
    'flag',
    levels(
      ['Norm. Ten minste 5 minuten achtereen (2x per uur)', '≥ 5 min geknield/gehurkt', min(5)],
      ['Beperkt. Minder dan 5 minuten achtereen', '< 5 min geknield/gehurkt', min(5)],
    ),
  ),
  item(
    'V',
    6,
    'gebogen of getordeerd actief zijn',
    'working bent or twisted',
    'ordinal',
    levels(
      ['Norm. 5 minuten of meer achtereen (2x per uur)', '≥ 5 min gebogen', min(5)],
      ['Beperkt. Tot 5 minuten achtereen', '≤ 5 min gebogen', min(5)],
      ['Sterk beperkt. Tot 2 minuten achtereen', '≤ 2 min gebogen', min(2)],
    ),
  ),
  item(
    'V',
    7,
    'boven schouderhoogte actief zijn',
    'working above shoulder height',
    'ordinal',
    levels(
      ['Norm. 2 minuten achtereen (10x per uur)', '2 min boven schouderhoogte', min(2)],
      ['Beperkt. Ongeveer 1 minuut achtereen', '~1 min boven schouderhoogte', min(1)],
      ['Sterk beperkt. Niet of nauwelijks', 'nauwelijks boven schouderhoogte'],
    ),
  ),
  item(
    'V',
    8,
    'het hoofd in een bepaalde stand houden',
    'holding the head in one position',
    'ordinal',
    workdayLevels(),
  ),
  item(
    'V',
    9,
    'afwisseling van houding',
    'change of posture',
    'flag',
    levels(
      ['Norm. Geen specifieke afwisseling van houdingen vereist', 'normaal'],
      ['Beperkt. Specifieke afwisseling van houdingen vereist', 'afwisseling van houding nodig'],
    ),
  ),
  item(
    'V',
    10,
    'overige beperkingen statische houdingen',
    'other limits of static postures',
    'flag',
    flagLevels(),
  ),
];

const rubriekVI: FmlItem[] = [
  item(
    'VI',
    1,
    'perioden van het etmaal',
    'periods of the day',
    'nominal',
    levels(
      ['Norm. Op elk uur van het etmaal werken, ook ’s nachts', 'elk uur van het etmaal'],
      ['Beperkt. Kan niet elke avond werken (18–22 u)', 'niet elke avond (18–22 u)'],
      ['Beperkt. Kan ’s nachts niet werken (22–6 u)', 'niet ’s nachts (22–6 u)'],
    ),
  ),
  item(
    'VI',
    2,
    'uren per dag',
    'hours per day',
    'ordinal',
    levels(
      [
        'Norm. Gemiddeld ten minste 8 uur per dag',
        '≥ 8 uur per dag',
        { value: 8, unit: 'hours-per-day', atLeast: true },
      ],
      ['Enigszins beperkt. Gemiddeld ongeveer 8 uur per dag', '~8 uur per dag', hDay(8)],
      ['Licht beperkt. Gemiddeld ongeveer 6 uur per dag', '~6 uur per dag', hDay(6)],
      ['Beperkt. Gemiddeld ongeveer 4 uur per dag', '~4 uur per dag', hDay(4)],
      ['Zeer beperkt. Gemiddeld ongeveer 2 uur per dag', '~2 uur per dag', hDay(2)],
    ),
  ),
  item(
    'VI',
    3,
    'uren per week',
    'hours per week',
    'ordinal',
    levels(
      [
        'Norm. Gemiddeld ten minste 40 uur per week',
        '≥ 40 uur per week',
        { value: 40, unit: 'hours-per-week', atLeast: true },
      ],
      [
        'Enigszins beperkt. Gemiddeld ongeveer 40 uur per week',
        '~40 uur per week',
        { value: 40, unit: 'hours-per-week' },
      ],
      [
        'Licht beperkt. Gemiddeld ongeveer 30 uur per week',
        '~30 uur per week',
        { value: 30, unit: 'hours-per-week' },
      ],
      [
        'Beperkt. Gemiddeld ongeveer 20 uur per week',
        '~20 uur per week',
        { value: 20, unit: 'hours-per-week' },
      ],
      [
        'Zeer beperkt. Gemiddeld ongeveer 10 uur per week',
        '~10 uur per week',
        { value: 10, unit: 'hours-per-week' },
      ],
    ),
  ),
  item('VI', 4, 'overige beperkingen werktijden', 'other limits of working times', 'flag', flagLevels()),
];

const RUBRIEKEN: readonly FmlRubriek[] = [
  { id: 'I', name: 'Persoonlijk functioneren', gloss: 'Personal functioning', items: rubriekI },
  { id: 'II', name: 'Sociaal functioneren', gloss: 'Social functioning', items: rubriekII },
  {
    id: 'III',
    name: 'Aanpassing aan fysieke omgevingseisen',
    gloss: 'Adapting to the physical environment',
    items: rubriekIII,
  },
  { id: 'IV', name: 'Dynamische handelingen', gloss: 'Dynamic actions', items: rubriekIV },
  { id: 'V', name: 'Statische houdingen', gloss: 'Static postures', items: rubriekV },
  { id: 'VI', name: 'Werktijden', gloss: 'Working times', items: rubriekVI },
];

/**
 * The FML catalogue: six rubrieken and their 64 items with codes, labels and norms.
 *
 * @example
 * FML.items.find((i) => i.id === 'IV.13')?.levels[2]?.value; // 5 (kg)
 */
export const FML: FmlCatalogue = {
  source:
    'UWV Functionele Mogelijkhedenlijst, current form (6 rubrieken, 64 items), text as embedded in a public ' +
    'GitHub report template; numbering checked against CRvB 15-12-2020, ECLI:NL:CRVB:2020:3154',
  rubrieken: RUBRIEKEN,
  items: RUBRIEKEN.flatMap((r) => r.items),
};

const BY_ID: ReadonlyMap<string, FmlItem> = new Map(FML.items.map((i) => [i.id, i]));

/**
 * Looks up an FML item by id.
 *
 * @param id - Item id such as `"IV.13"`.
 * @returns The item, or `undefined` when the id is not in the catalogue.
 * @example
 * fmlItem('VI.3')?.name; // 'uren per week'
 */
export function fmlItem(id: string): FmlItem | undefined {
  return BY_ID.get(id);
}
