/**
 * Workplace adaptations (*werkplekaanpassingen*, *voorzieningen*) per FML item: what each one makes
 * tolerable in a task, what it cannot lift, who pays and on what basis. The covenant's toolbox names
 * workplace adaptation (art. 2.4.d.ix); this table says, per adaptation, how far it moves a task's
 * demand, so a near miss can name "a lifting aid on task t1" and a copy of the input can be changed
 * to check that the pair then fits.
 *
 * How an effect reads (the task's demands follow the input contract, see `compareCapabilities`):
 * - `relax`: an ordinal or flag item; the task, with the adaptation, tolerates `by` codes more than it
 *   did, at most code `upTo` (a task lifting ~15 kg, `"IV.13": 0`, with a lifting aid that relaxes by
 *   2 tolerates a person who lifts ~5 kg, code 2). An item the task leaves out already tolerates all.
 * - `tolerate`: a nominal item; the task also tolerates these kinds of limitation (an adapted roster
 *   lets a person who cannot work nights do a task that had evening and night shifts).
 * - `meet`: a conditions item (I.8, II.12); the task also meets these conditions (a quiet place of
 *   one's own meets I.8 code 1, little distraction).
 * The adaptation is modelled on the task, not on the person: it is made at one workplace for one
 * task, and the person's FML profile (the verzekeringsarts' finding) does not change.
 * The sizes (`by`, `upTo`, the codes) and the task kinds an adaptation cannot help in are this
 * catalogue's judgement from the FML norms and the task kinds' demands, not figures from UWV: an
 * arbeidsdeskundige decides the real case. They err on the side of promising less.
 *
 * Who pays, in short (domain notes Part B §6 and the sources below): a *meeneembare* voorziening (it
 * goes with the person: a lifting aid, an adapted chair, software, a transport provision, a job coach)
 * is granted to the employee by UWV for WIA/ZW clients (Wet WIA art. 35 lid 2 onder c and d) and for
 * Wajong clients with arbeidsondersteuning (Wajong art. 2:22, which WIA art. 35 lid 4 onder a points
 * to), and by the gemeente for Participatiewet clients (Pwet art. 10 lid 1, per the municipal
 * verordening of art. 8a; WIA art. 35 lid 4 onder b leaves them out of art. 35). A *niet-meeneembare*
 * voorziening (a stairlift, an adapted toilet) is a subsidy to the employer (UWV). Job coaching is a
 * hard right for the LKS target group (Pwet art. 10da). UWV pays only the cheapest adequate solution,
 * never what is *algemeen gebruikelijk*, and not below a threshold amount (`VOORZIENING_THRESHOLD`);
 * what the employer owes under the Arbowet (art. 3, care for the workplace) or as a reasonable
 * adjustment (WGBH/CZ art. 2: *doeltreffende aanpassingen* unless disproportionate) is the employer's.
 * Costs are given only where a source states them; otherwise left out (not guessed).
 */

/** One way an adaptation changes a task's demand on one FML item. */
export type AdaptationEffect =
  | {
      /** Ordinal or flag item: the task tolerates `by` more codes, at most `upTo`. */
      readonly kind: 'relax';
      readonly item: string;
      readonly by: number;
      readonly upTo: number;
    }
  | {
      /** Nominal item: the task also tolerates these kinds of limitation. */
      readonly kind: 'tolerate';
      readonly item: string;
      readonly codes: readonly number[];
    }
  | {
      /** Conditions item (I.8, II.12): the task also meets these conditions. */
      readonly kind: 'meet';
      readonly item: string;
      readonly codes: readonly number[];
    };

/** Who pays for an adaptation, on what basis and when. */
export interface AdaptationPayer {
  readonly who: 'uwv' | 'gemeente' | 'werkgever';
  /** The law or rule, e.g. `Wet WIA art. 35 lid 2 onder c`. */
  readonly basis: string;
  /** For whom or on what condition, in Dutch. */
  readonly when: string;
}

/** One workplace adaptation of the catalogue. */
export interface Adaptation {
  /** Stable id, kebab case, e.g. `tilhulp`. */
  readonly id: string;
  /** Dutch name as a job coach says it. */
  readonly name: string;
  /** What the adaptation does to task demands, per FML item. */
  readonly effects: readonly AdaptationEffect[];
  /** What it can NOT lift, in Dutch. */
  readonly cannot: string;
  /** Task kinds (catalogue ids) where the adaptation cannot help, because the work itself is what it would remove. */
  readonly notForTaskKinds: readonly string[];
  /** Typical cost in euros, when a source states one. */
  readonly costEuros?: { readonly min: number; readonly max: number; readonly source: string } | undefined;
  /** Who can pay, on what basis. */
  readonly payers: readonly AdaptationPayer[];
  /** Where the facts come from. */
  readonly sources: readonly string[];
}

/**
 * The threshold below which UWV grants no voorziening, per calendar year: 1.85 × the monthly minimum
 * wage on 1 January / 21.75 (Reintegratiebesluit art. 3, as modelled in MinBZK/regelrecht-corpus,
 * `wet_werk_en_inkomen_naar_arbeidsvermogen/scenarios/voorzieningen_artikel_35.feature`: €195.16 for
 * 2026 from €2,294.40). Source is a public model of the law, not the statute text read here: check
 * before relying on it.
 */
export const VOORZIENING_THRESHOLD: {
  readonly year: number;
  readonly euros: number;
  readonly factor: number;
  readonly monthlyMinimumWage: number;
  readonly divisor: number;
  readonly source: string;
} = {
  year: 2026,
  euros: 195.16,
  factor: 1.85,
  monthlyMinimumWage: 2294.4,
  divisor: 21.75,
  source:
    'Reintegratiebesluit art. 3 as modelled in github.com/MinBZK/regelrecht-corpus (voorzieningen_artikel_35.feature); UNVERIFIED against wetten.overheid.nl',
};

// Sources shared by several entries.
const PROTOCOL_UWV =
  'Protocol Voorzieningen UWV 2021 (Stcrt., BWBR0046028): meeneembare voorzieningen, tolk-, vervoers- en computervoorziening, algemeen gebruikelijk, goedkoopste adequate voorziening, drempelbedrag — https://wetten.overheid.nl/BWBR0046028/2021-12-16';
const VGS =
  'VGS, "Hulpmiddelen voor een zieke werknemer of werknemer met een arbeidshandicap": niet-meeneembare voorzieningen (traplift, aangepast toilet, aangepaste werkplek) als vergoeding aan de werkgever, meeneembare (aangepaste stoel, tolk, taxi) aan de werknemer; dienstverband nog ≥ 6 maanden — https://www.vgs.nl/nieuws/hulpmiddelen-voor-een-zieke-werknemer-of-werknemer-met-een-arbeids-handicap/';
const AKC =
  'AKC Leidraad Werkvoorzieningen, toetsing van de aanvraag: structurele functionele beperking (> 1 jaar), noodzakelijk, proportioneel, niet door de werkgever te betalen — https://arbeidsdeskundigen.nl/akc/kennis/map/document/190077';
const WIA_35 =
  'Wet WIA art. 35 lid 1, lid 2 onder c (meeneembare werkplekvoorziening) en d (persoonlijke ondersteuning, jobcoach), lid 4 onder a en b (niet voor Wajong met arbeidsondersteuning, niet voor wie de gemeente ondersteunt), as modelled in github.com/MinBZK/regelrecht-corpus (jobcoaching_werkplekaanpassing.feature)';
const PWET_10 =
  'Participatiewet art. 10 lid 1 (ondersteuning bij arbeidsinschakeling en de noodzakelijk geachte voorziening, naar de verordening van art. 8a) en art. 10da (aanspraak op begeleiding op de werkplek voor de doelgroep loonkostensubsidie)';
const WGBH =
  'Wet gelijke behandeling op grond van handicap of chronische ziekte art. 2: doeltreffende aanpassingen, tenzij onevenredig belastend';

const UWV_MEENEEMBAAR: AdaptationPayer = {
  who: 'uwv',
  basis: 'Wet WIA art. 35 lid 2 onder c; Wajong art. 2:22 (Wajong met arbeidsondersteuning)',
  when: 'WIA-, ZW- of Wajong-klant; meeneembaar, niet algemeen gebruikelijk, boven het drempelbedrag',
};
const GEMEENTE_VOORZIENING: AdaptationPayer = {
  who: 'gemeente',
  basis: 'Participatiewet art. 10 lid 1 (re-integratieverordening, art. 8a)',
  when: 'Participatiewet-klant (art. 7 lid 1 onder a); vorm en hoogte naar de verordening',
};
const WERKGEVER_ARBO: AdaptationPayer = {
  who: 'werkgever',
  basis: 'Arbowet art. 3 (zorg voor werkplek en werkmethoden); WGBH/CZ art. 2',
  when: 'algemeen gebruikelijke of organisatorische maatregel; aanpassing die niet onevenredig is',
};
const UWV_WERKGEVER_SUBSIDIE: AdaptationPayer = {
  who: 'uwv',
  basis: 'subsidie werkgever voor niet-meeneembare voorziening (Protocol Voorzieningen UWV 2021)',
  when: 'dienstverband nog ten minste 6 maanden; beperking structureel (> 1 jaar); goedkoopste adequate oplossing',
};

/** Every adaptation the catalogue knows. */
export const ADAPTATIONS: readonly Adaptation[] = [
  {
    id: 'tilhulp',
    name: 'tilhulp',
    effects: [{ kind: 'relax', item: 'IV.13', by: 2, upTo: 3 }],
    cannot:
      'neemt dragen (IV.14), duwen of trekken, buigen en reiken niet weg; past niet bij wisselende of onhandige lasten die niet onder de tilhulp passen (sjouwen bij laden en lossen)',
    notForTaskKinds: ['loading', 'delivery', 'mail-delivery'],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING, WERKGEVER_ARBO],
    sources: [
      'Erkon, "Een vergoeding voor tilhulpmiddelen aanvragen bij het UWV" (2019): een tilhulpmiddel is een meeneembare werkvoorziening, aan te vragen door de werknemer; UWV toetst eerst de plicht van de werkgever onder de Arbowet — https://www.erkon.nl/actueel/bericht/een-vergoeding-voor-tilhulpmiddelen-aanvragen-bij-het-uwv-hoe-gaat-dat-in-zijn-werk',
      PROTOCOL_UWV,
      WIA_35,
    ],
  },
  {
    id: 'transporthulp',
    name: 'transportkar of elektrische palletwagen',
    effects: [
      { kind: 'relax', item: 'IV.14', by: 2, upTo: 3 },
      { kind: 'relax', item: 'IV.12', by: 1, upTo: 2 },
    ],
    cannot:
      'het tillen op en van de kar blijft (IV.13); helpt niet op trappen of onverhard terrein, en niet bij lopen (IV.16, IV.17)',
    notForTaskKinds: ['mail-delivery', 'green-maintenance', 'tree-care', 'groundwork'],
    payers: [WERKGEVER_ARBO, UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING],
    sources: [VGS, PROTOCOL_UWV, WGBH],
  },
  {
    id: 'zit-sta-werkplek',
    name: 'zit-sta-werkplek',
    effects: [
      { kind: 'relax', item: 'V.1', by: 1, upTo: 2 },
      { kind: 'relax', item: 'V.2', by: 1, upTo: 2 },
      { kind: 'relax', item: 'V.9', by: 1, upTo: 1 },
    ],
    cannot:
      'helpt alleen bij werk aan een bureau of werktafel; niet bij werk dat staand of lopend moet (vakken vullen, schoonmaken) en niet bij een sterke beperking in zitten én staan tegelijk',
    notForTaskKinds: [
      'cleaning',
      'shelf-stocking',
      'order-picking',
      'green-maintenance',
      'litter-picking',
      'street-sweeping',
      'serving',
      'delivery',
      'mail-delivery',
      'forklift-driving',
    ],
    payers: [WERKGEVER_ARBO, UWV_WERKGEVER_SUBSIDIE],
    sources: [VGS, PROTOCOL_UWV, WGBH],
  },
  {
    id: 'sta-steun',
    name: 'sta-steun of werkstoel bij staand werk',
    effects: [
      { kind: 'relax', item: 'V.3', by: 1, upTo: 2 },
      { kind: 'relax', item: 'V.4', by: 1, upTo: 2 },
    ],
    cannot: 'neemt lopen (IV.16, IV.17) niet weg; helpt niet bij werk dat zich over de vloer verplaatst',
    notForTaskKinds: [
      'cleaning',
      'order-picking',
      'shelf-stocking',
      'green-maintenance',
      'litter-picking',
      'street-sweeping',
      'mail-delivery',
      'serving',
      'surveillance',
    ],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING, WERKGEVER_ARBO],
    sources: [VGS, PROTOCOL_UWV],
  },
  {
    id: 'werkhoogte',
    name: 'werkplek op hoogte (verstelbare werktafel, reikhulp)',
    effects: [
      { kind: 'relax', item: 'IV.9', by: 1, upTo: 2 },
      { kind: 'relax', item: 'IV.10', by: 1, upTo: 2 },
      { kind: 'relax', item: 'V.6', by: 1, upTo: 2 },
      { kind: 'relax', item: 'V.7', by: 1, upTo: 2 },
    ],
    cannot:
      'werk op vloerniveau blijft (knielen of hurken, IV.20 en V.5: vloeren, lage schappen, bestraten); tillen en dragen blijven',
    notForTaskKinds: ['cleaning', 'groundwork', 'crop-care', 'harvesting', 'green-maintenance'],
    payers: [WERKGEVER_ARBO, UWV_WERKGEVER_SUBSIDIE],
    sources: [VGS, PROTOCOL_UWV, WGBH],
  },
  {
    id: 'traplift',
    name: 'traplift of werkplek op de begane grond',
    effects: [{ kind: 'relax', item: 'IV.18', by: 3, upTo: 3 }],
    cannot: 'klimmen op ladders en trappen als deel van het werk (IV.19) blijft; lopen blijft (IV.16, IV.17)',
    notForTaskKinds: ['mail-delivery', 'tree-care', 'cleaning', 'housekeeping'],
    payers: [UWV_WERKGEVER_SUBSIDIE, WERKGEVER_ARBO],
    sources: [VGS, PROTOCOL_UWV],
  },
  {
    id: 'aangepaste-invoer',
    name: 'aangepast toetsenbord en muis of spraakherkenning',
    effects: [{ kind: 'relax', item: 'IV.4', by: 2, upTo: 3 }],
    cannot:
      'fijn handwerk (IV.3 hand- en vingergebruik: monteren, schroeven) en schrijven met de hand blijven',
    notForTaskKinds: [],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING, WERKGEVER_ARBO],
    sources: [PROTOCOL_UWV, AKC],
  },
  {
    id: 'beeldschermloep',
    name: 'vergrotingssoftware, beeldschermloep of schermlezer',
    effects: [{ kind: 'relax', item: 'II.1', by: 1, upTo: 1 }],
    cannot:
      'helpt alleen bij werk aan een scherm of op papier; niet waar zien buiten het scherm telt (verkeer, heftruck, kwaliteitscontrole met het oog)',
    notForTaskKinds: ['forklift-driving', 'delivery', 'machine-operation', 'street-sweeping', 'tree-care'],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING],
    sources: [PROTOCOL_UWV, AKC],
  },
  {
    id: 'voorleessoftware',
    name: 'voorlees- en dicteersoftware',
    effects: [
      { kind: 'relax', item: 'II.5', by: 1, upTo: 1 },
      { kind: 'relax', item: 'II.4', by: 1, upTo: 1 },
    ],
    cannot:
      'helpt alleen bij tekst op een scherm of gescand papier; niet bij snel lezen van etiketten of borden onderweg',
    notForTaskKinds: ['forklift-driving', 'delivery', 'order-picking'],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING],
    sources: [PROTOCOL_UWV, AKC],
  },
  {
    id: 'gehoorvoorziening',
    name: 'ringleiding, aangepaste telefoon of tolk',
    effects: [{ kind: 'relax', item: 'II.2', by: 1, upTo: 1 }],
    cannot:
      'waarschuwingssignalen in lawaai (machines, verkeer, heftrucks) blijven een risico; een tolk is er per afspraak, niet de hele werkdag',
    notForTaskKinds: ['forklift-driving', 'delivery', 'surveillance', 'street-sweeping'],
    payers: [UWV_MEENEEMBAAR, GEMEENTE_VOORZIENING],
    sources: [PROTOCOL_UWV, VGS],
  },
  {
    id: 'rustige-werkplek',
    name: 'rustige werkplek (afgeschermde plek, geluiddempende koptelefoon)',
    effects: [{ kind: 'meet', item: 'I.8', codes: [1, 3] }],
    cannot:
      'helpt niet bij werk dat zelf in drukte of lawaai gebeurt (balie, kassa, bediening, keuken, machines); deadlines en tempo (I.8 codes 4 en 5) blijven',
    notForTaskKinds: [
      'reception',
      'cashier',
      'serving',
      'customer-help',
      'care-support',
      'personal-care',
      'dishwashing',
      'cooking',
      'surveillance',
      'team-lead',
    ],
    payers: [WERKGEVER_ARBO],
    sources: [WGBH, PROTOCOL_UWV],
  },
  {
    id: 'jobcoach',
    name: 'jobcoach',
    effects: [
      { kind: 'relax', item: 'I.9', by: 1, upTo: 2 },
      { kind: 'tolerate', item: 'I.5', codes: [1, 2, 3, 4] },
      { kind: 'tolerate', item: 'I.6', codes: [1, 2, 4] },
      { kind: 'meet', item: 'I.8', codes: [2] },
    ],
    cannot:
      'lichamelijke eisen (rubriek IV en V), handelingstempo (I.7) en deadlines blijven; de coach is er een deel van de uren en neemt het werk niet over; vraagt volgens UWV-praktijk een contract van ten minste 12 uur per week en 6 maanden',
    notForTaskKinds: ['team-lead'],
    payers: [
      {
        who: 'gemeente',
        basis:
          'Participatiewet art. 10da (doelgroep loonkostensubsidie: harde aanspraak); anders art. 10 lid 1',
        when: 'Participatiewet-klant; bij loonkostensubsidie altijd',
      },
      {
        who: 'uwv',
        basis: 'Wet WIA art. 35 lid 2 onder d; Wajong art. 2:22',
        when: 'WIA-, ZW- of Wajong-klant; contract ≥ 12 uur per week en ≥ 6 maanden (factorwerk.org, niet geverifieerd)',
      },
    ],
    sources: [
      PWET_10,
      WIA_35,
      'domain notes Part B §6 (jobcoaching: intensiteit jaar 1 ≤ 15%, jaar 2 ≤ 7,5%, jaar 3 ≤ 6% van de werkuren, factorwerk.org [SEC], bedragen niet geverifieerd)',
    ],
  },
  {
    id: 'aangepast-rooster',
    name: 'aangepast rooster (alleen dagdiensten, vaste tijden, extra pauzes)',
    effects: [
      { kind: 'tolerate', item: 'VI.1', codes: [1, 2] },
      { kind: 'relax', item: 'VI.4', by: 1, upTo: 1 },
    ],
    cannot:
      'verandert het aantal uren per dag of week niet (VI.2, VI.3: dat is een ander urenvenster); werk dat zelf ’s avonds of ’s nachts gebeurt (nachtbakken, nachtbewaking, nachtladen) kan niet naar de dag',
    notForTaskKinds: ['baking', 'surveillance', 'loading'],
    payers: [WERKGEVER_ARBO],
    sources: [
      WGBH,
      'Arbeidstijdenwet (roosters, pauzes) en Arbowet art. 3: een organisatorische maatregel van de werkgever',
    ],
  },
  {
    id: 'vervoersvoorziening',
    name: 'vervoersvoorziening (taxi, aangepaste auto of begeleid reizen)',
    effects: [{ kind: 'relax', item: 'II.10', by: 1, upTo: 1 }],
    cannot:
      'alleen het woon-werkverkeer: beroepsmatig vervoer tijdens het werk (II.11: rijden, bezorgen) blijft; vergoedt alleen de meerkosten, met een eigen bijdrage per kilometer; maakt de reisafstand die de kandidaat wil niet groter',
    notForTaskKinds: ['delivery', 'mail-delivery'],
    payers: [
      {
        who: 'uwv',
        basis: 'Wet WIA art. 35 (vervoersvoorziening); Wajong',
        when: 'structurele functionele beperking; alleen meerkosten, eigen bijdrage per km (Normbedragen Voorzieningen)',
      },
      GEMEENTE_VOORZIENING,
    ],
    sources: [
      'Kamervraag 2015Z24404, antwoord: UWV kent een vervoersvoorziening toe op grond van de Wet WIA en de Wajong, alleen de meerkosten door de structurele functionele beperking — https://www.openkamer.org/kamervraag/2015Z24404/',
      'UWV, "Betaling van vervoersvergoeding": eigen bijdrage per kilometer op alle woon-werkvergoedingen — https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/vervoer/betaling-van-vervoersvergoeding',
      PROTOCOL_UWV,
    ],
  },
];

const BY_ID: ReadonlyMap<string, Adaptation> = new Map(ADAPTATIONS.map((a) => [a.id, a]));

/**
 * The adaptation with this id, or `undefined`.
 *
 * @example
 * adaptation('tilhulp')?.effects[0] // { kind: 'relax', item: 'IV.13', by: 2, upTo: 3 }
 */
export function adaptation(id: string): Adaptation | undefined {
  return BY_ID.get(id);
}

/**
 * The adaptations that change a task's demand on `item` and may be used for a task of `taskKind`.
 *
 * @param item - an FML item id, e.g. `"IV.13"`
 * @param taskKind - the task's kind (catalogue id), to leave out adaptations that cannot help there
 * @returns the adaptations in catalogue order
 * @example
 * adaptationsFor('IV.13', 'shelf-stocking').map((a) => a.id) // ['tilhulp']
 */
export function adaptationsFor(item: string, taskKind?: string): Adaptation[] {
  return ADAPTATIONS.filter(
    (a) =>
      a.effects.some((e) => e.item === item) &&
      (taskKind === undefined || !a.notForTaskKinds.includes(taskKind)),
  );
}

/**
 * A task's demand on one item after an adaptation's effect, in the input contract's terms: `relax`
 * raises the highest tolerated code (never lowers it), `tolerate` and `meet` add codes to the list.
 * An absent demand on an ordinal or nominal item already tolerates every code and stays absent; an
 * absent demand on a conditions item meets none, so `meet` makes it the effect's codes.
 *
 * @example
 * adaptDemand(0, { kind: 'relax', item: 'IV.13', by: 2, upTo: 3 }) // 2
 * adaptDemand([2], { kind: 'tolerate', item: 'VI.1', codes: [1, 2] }) // [1, 2]
 */
export function adaptDemand(
  demand: number | readonly number[] | undefined,
  effect: AdaptationEffect,
): number | number[] | undefined {
  if (effect.kind === 'relax') {
    if (typeof demand !== 'number') return demand === undefined ? undefined : [...demand];
    return Math.max(demand, Math.min(demand + effect.by, effect.upTo));
  }
  if (demand === undefined && effect.kind === 'tolerate') return undefined;
  const current =
    demand === undefined ? [] : typeof demand === 'number' ? (demand === 0 ? [] : [demand]) : demand;
  return [...new Set([...current, ...effect.codes])].sort((a, b) => a - b);
}
