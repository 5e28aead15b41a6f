/**
 * Word lists for reading job titles (data only; the steps that use them are in `normalise-title.ts`).
 * All words are lower case without accents, as the text is after case and accent folding. A test
 * checks that no catalogue name or synonym contains a word of these lists that would be dropped.
 */

/**
 * Words of a vacancy title that say something about the contract, the hours, the person wanted or
 * the posting, not about the work: dropped before matching ("Allround schoonmaker parttime gezocht").
 */
export const ANNOTATION_WORDS: ReadonlySet<string> = new Set([
  // contract and hours
  'parttime',
  'fulltime',
  'deeltijd',
  'voltijd',
  'parttimer',
  'fulltimer',
  'bijbaan',
  'bijbaantje',
  'bijbaantjes',
  'vakantiewerk',
  'vakantiebaan',
  'vakantiekracht',
  'zomerbaan',
  'oproepkracht',
  'oproepbasis',
  'invalkracht',
  'flexkracht',
  'flexwerker',
  'uitzendkracht',
  'tijdelijk',
  'tijdelijke',
  'vast',
  'vaste',
  'contract',
  'uur',
  'uren',
  'uurs',
  'week',
  'weken',
  'maand',
  'jaar',
  'jaren',
  'pw',
  'fte',
  'ft',
  'pt',
  // time of day and week
  'avond',
  'avonden',
  'avondwerk',
  'avonduren',
  'ochtend',
  'ochtenden',
  'middag',
  'middagen',
  'nacht',
  'nachten',
  'nachtdienst',
  'nachtdiensten',
  'dagdienst',
  'weekend',
  'weekenden',
  'weekendwerk',
  'zaterdag',
  'zaterdagen',
  'zondag',
  'zondagen',
  'doordeweeks',
  'ploegendienst',
  // the posting
  'vacature',
  'vacatures',
  'gezocht',
  'gevraagd',
  'zoeken',
  'zoekt',
  'wij',
  'nodig',
  'direct',
  'dringend',
  'urgent',
  'asap',
  'nieuw',
  'nieuwe',
  'leuke',
  'enthousiaste',
  'gemotiveerde',
  'ervaren',
  'ervaring',
  'zonder',
  'startende',
  'starter',
  'starters',
  // level and route in
  'junior',
  'medior',
  'senior',
  'allround',
  'leerling',
  'stagiair',
  'stagiaire',
  'stage',
  'bbl',
  'bol',
  'trainee',
  'student',
  'studenten',
  'scholier',
  'scholieren',
  'zijinstromer',
  'herintreder',
  'mbo',
  'vmbo',
  'niveau',
  'rijbewijs',
  // target-group routes (banenafspraak, Participatiewet) and support
  'banenafspraak',
  'doelgroepregister',
  'garantiebaan',
  'participatiebaan',
  'participatiewet',
  'wajong',
  'beschut',
  'beschutte',
  'werkervaringsplaats',
  'leerwerkplek',
  'leerwerktraject',
  'jobcoach',
  'begeleiding',
  'inclusief',
  'inclusieve',
  // language
  'english',
  'speaking',
  'nederlandstalig',
  'engelstalig',
]);

/** Function words dropped from titles ("hulp in de huishouding", "medewerker laden en lossen"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'en',
  'in',
  'op',
  'van',
  'voor',
  'bij',
  'met',
  'aan',
  'te',
  'of',
  'uit',
  'als',
  'tot',
  'om',
  'naar',
  'per',
  'the',
  'an',
  'and',
  'for',
  'to',
  'at',
  'on',
  'with',
]);

/**
 * Words that name a role without saying what the work is ("medewerker", "hulp"): they count for
 * {@link GENERIC_WEIGHT} of a distinctive word when titles are compared, so "Medewerker
 * klantenservice" is not taken for "medewerker schoonmaak".
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'medewerker',
  'hulp',
  'assistent',
  'kracht',
  'helper',
  'ondersteuner',
  'crew',
  'employee',
  'worker',
  'staff',
  'algemeen',
  'algemene',
  'allrounder',
]);

/** Weight of a {@link GENERIC_WORDS} word, against 1 for a distinctive word. */
export const GENERIC_WEIGHT = 0.3;

/**
 * Female (or male) forms that no suffix rule turns into the catalogue's form, by word ending: the
 * longest matching ending is replaced ("gastvrouw" → "gastheer", "barvrouw" → "barman").
 */
export const GENDER_ENDINGS: readonly (readonly [from: string, to: string])[] = [
  ['gastvrouw', 'gastheer'],
  ['vrouw', 'man'],
  ['assistente', 'assistent'],
  ['studente', 'student'],
  ['kokkin', 'kok'],
];

/** Words ending in -ster that are not female forms of an -er word. */
export const NOT_FEMININE_STER: ReadonlySet<string> = new Set([
  'monster',
  'venster',
  'hamster',
  'lobster',
  'gangster',
  'youngster',
  'teamster',
  'hipster',
  'tipster',
  'dumpster',
  'lijster',
  'ekster',
  'oogster',
]);
