import type { TargetPlan } from './schema.js';

/**
 * Gooi en Vechtstreek: the table of article 1.1 of the "Convenant Inclusieve Arbeidsmarkt Regio Gooi en
 * Vechtstreek" (2015–2025), **exactly as published**, including its total column (2017: 372 and 2018:
 * 493 are one below market + government; {@link validateTargetPlan} reports it, nothing here fixes it).
 * Figures are cumulative extra jobs against UWV's baseline (nulmeting, 2013); one job = 25.5 paid
 * hours a week (footnotes 4–6).
 */
const gooiEnVechtstreek2015: TargetPlan = {
  id: 'gooi-en-vechtstreek-2015',
  name: 'Convenant Inclusieve Arbeidsmarkt Regio Gooi en Vechtstreek, artikel 1.1',
  source:
    'Convenant Inclusieve Arbeidsmarkt Regio Gooi en Vechtstreek (2015), artikel 1.1, tabel Jaar/Markt/Overheid/Totaal; footnotes 4-6',
  unitHours: 25.5,
  years: [
    { year: 2015, market: 114, government: 36, total: 150 },
    { year: 2016, market: 175, government: 55, total: 230 },
    { year: 2017, market: 288, government: 85, total: 372 },
    { year: 2018, market: 388, government: 106, total: 493 },
    { year: 2019, market: 500, government: 127, total: 627 },
    { year: 2020, market: 625, government: 148, total: 773 },
    { year: 2021, market: 750, government: 169, total: 919 },
    { year: 2022, market: 875, government: 190, total: 1065 },
    { year: 2023, market: 1000, government: 212, total: 1212 },
    { year: 2024, market: 1125, government: 212, total: 1337 },
    { year: 2025, market: 1250, government: 212, total: 1462 },
  ],
  // Art. 6.2 a–d: the scheduled reviews, kept as published (6.2.d dates the effect before the review).
  revisions: [
    { review: '2016-10', effective: '2017-01-01', note: 'artikel 6.2.a' },
    { review: '2018-10', effective: '2019-01-01', note: 'artikel 6.2.b' },
    { review: '2020-10', effective: '2021-01-01', note: 'artikel 6.2.c' },
    { review: '2022-10', effective: '2022-01-01', note: 'artikel 6.2.d, as published' },
  ],
};

/**
 * The national banenafspraak path (sociaal akkoord 11 April 2013): 100,000 extra jobs in the market
 * sector and 25,000 at government by the end of 2025, cumulative targets per year as quoted in each
 * year's measurement (een-meting Kamerstuk 34352 nr 34; twee-meting UWV 30-06-2017; drie-meting
 * Kamerstuk 34352 nr 113; vier-meting via quotumwet.nl; vijf-meting VNG 2020; zes-meting Kamerstuk
 * 34352 nr 219; zeven-meting rendement.nl 12-07-2022; acht-meting Kamerstuk 34352 nr 299; negen-meting
 * rijksoverheid.nl 16-07-2024). 2024 is inferred from the yearly steps (marked in `note`).
 */
const national2013: TargetPlan = {
  id: 'national-2013',
  name: 'Banenafspraak (sociaal akkoord 2013), landelijk',
  source:
    'Sociaal akkoord 11-04-2013; yearly targets as quoted in the een- to negen-meting (Kamerstukdossier 34352); see shared/data/national-banenafspraak-annual.csv',
  unitHours: 25.5,
  years: [
    { year: 2015, market: 6000, government: 3000, total: 9000 },
    { year: 2016, market: 14000, government: 6500, total: 20500 },
    { year: 2017, market: 23000, government: 10000, total: 33000 },
    { year: 2018, market: 31000, government: 12500, total: 43500 },
    { year: 2019, market: 40000, government: 15000, total: 55000 },
    { year: 2020, market: 50000, government: 17500, total: 67500 },
    { year: 2021, market: 60000, government: 20000, total: 80000 },
    { year: 2022, market: 70000, government: 22500, total: 92500 },
    { year: 2023, market: 80000, government: 25000, total: 105000 },
    {
      year: 2024,
      market: 90000,
      government: 25000,
      total: 115000,
      note: 'inferred from the +10,000/year market steps and the government target capped at 25,000 since 2023',
    },
    {
      year: 2025,
      market: 100000,
      government: 25000,
      total: 125000,
      note: 'end target of the sociaal akkoord',
    },
  ],
};

/**
 * Target plans shipped with the library: the Gooi en Vechtstreek covenant table as published and the
 * national banenafspraak path.
 *
 * @example
 * forecastQuota({ plan: TARGET_PLANS.gooiEnVechtstreek2015, observed, seed: 42 });
 */
export const TARGET_PLANS: {
  readonly gooiEnVechtstreek2015: TargetPlan;
  readonly national2013: TargetPlan;
} = { gooiEnVechtstreek2015, national2013 };
