/**
 * Dutch task words of vacancy descriptions, by task kind: what a posting says the work is
 * ("schoonmaken van kantoren", "vouwen van linnengoed", "orderpicken", "vakken vullen"). Data only;
 * `findTaskKinds` (in `find-task-kinds.ts`) reads descriptions with it.
 *
 * Phrase syntax, on text in lower case without accents: words separated by spaces; a word ending in
 * `*` matches every word that starts with it (`maai*`: maai, maaien, maait); `…` stands for up to
 * three words in between ("maak … schoon": "maakt kantoren schoon"). Longer phrases win over the
 * shorter ones inside them ("poetsen van auto*" is car washing, not cleaning). Only supporting kinds
 * are listed: a posting's words do not make anyone a cook or a team leader, and a description names
 * the qualified colleagues' work too ("je ondersteunt de kok").
 *
 * The phrases were chosen from the wording of Dutch postings for the catalogue's occupations and the
 * task lists of UWV's occupation descriptions; they are assumptions of this library.
 */
export const TASK_WORDS: readonly { readonly kind: string; readonly phrases: readonly string[] }[] = [
  {
    kind: 'cleaning',
    phrases: [
      'schoonma*',
      'maak* … schoon',
      'poets*',
      'stofzuig*',
      'dweil*',
      'sanitair',
      'interieurverzorging',
      'afstoffen',
      'ramen wassen',
      'glazenwass*',
    ],
  },
  { kind: 'dishwashing', phrases: ['afwas*', 'vaatwas*', 'spoelkeuken', 'vaat'] },
  {
    kind: 'food-prep',
    phrases: [
      'groente* snijden',
      'snijden van groente*',
      'broodjes',
      'salades',
      'mise en place',
      'portioneren',
      'gerechten voorbereiden',
      'voorbereiden van gerechten',
    ],
  },
  {
    kind: 'serving',
    phrases: [
      'serveren',
      'serveer*',
      'uitserveren',
      'in de bediening',
      'gasten bedienen',
      'bedienen van gasten',
    ],
  },
  {
    kind: 'order-picking',
    phrases: ['orderpick*', 'orders verzamelen', 'orders picken', 'order picken', 'picken'],
  },
  { kind: 'packing', phrases: ['inpak*', 'verpak*', 'etiketter*', 'vouwen van dozen', 'dozen vouwen'] },
  {
    kind: 'shelf-stocking',
    phrases: [
      'vakken vullen',
      'vakkenvull*',
      'bijvullen',
      'spiegelen',
      'schappen vullen',
      'schappen aanvullen',
    ],
  },
  {
    kind: 'green-maintenance',
    phrases: [
      'maai*',
      'snoei*',
      'wied*',
      'schoffel*',
      'onkruid*',
      'plantsoen*',
      'groenonderhoud',
      'bladblaz*',
      'blad ruimen',
    ],
  },
  {
    kind: 'litter-picking',
    phrases: [
      'zwerfvuil*',
      'zwerfafval*',
      'afval prikken',
      'prikken van afval',
      'schoonhouden van de openbare ruimte',
      'openbare ruimte schoonhouden',
      'prullenbakken legen',
    ],
  },
  {
    kind: 'mail-sorting',
    phrases: ['post sorteren', 'sorteren van post', 'postverwerking', 'poststukken', 'post verwerken'],
  },
  {
    kind: 'data-entry',
    phrases: ['gegevens invoeren', 'invoeren van gegevens', 'data invoer', 'invoerwerk'],
  },
  {
    kind: 'filing',
    phrases: ['archiver*', 'archief*', 'documenten scannen', 'scannen van documenten', 'kopieren'],
  },
  {
    kind: 'reception',
    phrases: [
      'telefoon aannemen',
      'telefoon opnemen',
      'bezoekers ontvangen',
      'ontvangen van bezoekers',
      'receptie',
      'baliewerk',
    ],
  },
  { kind: 'assembly', phrases: ['monteren', 'montage*', 'assembl*', 'in elkaar zetten'] },
  {
    kind: 'laundry',
    phrases: [
      'linnengoed',
      'wasgoed',
      'strijk*',
      'mangel*',
      'vouwen van linnen*',
      'vouwen van was*',
      'was vouwen',
      'wassen en vouwen',
    ],
  },
  {
    kind: 'care-support',
    phrases: [
      'koffie rondbrengen',
      'maaltijden rondbrengen',
      'gezelschap bieden',
      'wandelen met bewoners',
      'koffie en thee',
    ],
  },
  { kind: 'cashier', phrases: ['kassa*', 'afreken*'] },
  {
    kind: 'delivery',
    phrases: ['bezorg*', 'afleveren', 'pakketten rondbrengen', 'rondbrengen van pakketten'],
  },
  { kind: 'harvesting', phrases: ['oogst*', 'pluk*', 'asperges steken', 'steken van asperges'] },
  {
    kind: 'crop-care',
    phrases: [
      'oppotten',
      'stekken',
      'indraaien',
      'wijderzetten',
      'gewasverzorging',
      'gewas verzorgen',
      'zaaien',
    ],
  },
  {
    kind: 'waste-sorting',
    phrases: [
      'afval sorteren',
      'sorteren van afval',
      'afvalscheiding',
      'sorteerband',
      'textiel sorteren',
      'sorteren van textiel',
      'kleding sorteren',
      'sorteren van kleding',
    ],
  },
  {
    kind: 'car-washing',
    phrases: [
      'auto* wassen',
      'wassen van auto*',
      'auto* poetsen',
      'poetsen van auto*',
      'wasstraat',
      'carwash',
    ],
  },
  {
    kind: 'housekeeping',
    phrases: [
      'bedden opmaken',
      'opmaken van bedden',
      'kamers opmaken',
      'hotelkamers',
      'housekeeping',
      'bedden verschonen',
    ],
  },
  { kind: 'baking', phrases: ['afbakken', 'deeg*', 'brood bakken', 'bakken van brood'] },
  {
    kind: 'animal-care',
    phrases: [
      'dieren verzorgen',
      'verzorgen van dieren',
      'dieren voeren',
      'voeren van dieren',
      'uitmesten',
      'melken',
    ],
  },
  {
    kind: 'flower-arranging',
    phrases: ['boeketten', 'bloemen binden', 'binden van bloemen', 'bloemstukken'],
  },
  { kind: 'street-sweeping', phrases: ['vegen', 'veegwagen', 'veegmachine', 'straten vegen'] },
  { kind: 'groundwork', phrases: ['bestrat*', 'straatwerk', 'tegels leggen', 'grondwerk'] },
  { kind: 'surveillance', phrases: ['toezicht houden', 'houd* toezicht', 'surveill*', 'rondes lopen'] },
  { kind: 'loading', phrases: ['laden en lossen', 'lossen', 'sjouw*'] },
  { kind: 'dismantling', phrases: ['demonter*', 'demontage', 'uit elkaar halen'] },
  {
    kind: 'bike-repair',
    phrases: [
      'fietsen repareren',
      'repareren van fietsen',
      'fietsreparatie*',
      'banden plakken',
      'fietsonderhoud',
    ],
  },
  {
    kind: 'mail-delivery',
    phrases: [
      'post bezorgen',
      'bezorgen van post',
      'brieven bezorgen',
      'kranten bezorgen',
      'folders bezorgen',
      'folders verspreiden',
      'postbezorging',
    ],
  },
  {
    kind: 'customer-help',
    phrases: [
      'klanten helpen',
      'klanten te woord staan',
      'klanten adviseren',
      'klanten informeren',
      'vragen van klanten',
    ],
  },
];
