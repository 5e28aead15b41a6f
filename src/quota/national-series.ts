/**
 * The official national realisation of the banenafspraak: extra jobs against the baseline (nulmeting
 * 31-12-2012, 75,179 jobs) at each year end, market and government apart, as published in the yearly
 * measurement (one job = 25.5 paid hours a week). Sources per year:
 * - 2015 een-meting, Kamerstuk 34352 nr 34 (13-07-2016); government 2015 above 2016: a possible
 *   counting break of the first measurement.
 * - 2016 twee-meting, UWV news 30-06-2017.
 * - 2017 drie-meting, Kamerstuk 34352 nr 113 (official total 36,904; sectors sum to 36,903).
 * - 2018 vier-meting as reported by quotumwet.nl (secondary source).
 * - 2019 vijf-meting (VNG, 2020-07). 2020 zes-meting, Kamerstuk 34352 nr 219.
 * - 2021 zeven-meting (rendement.nl 12-07-2022; official total 72,809, sectors sum to 72,808).
 * - 2022 acht-meting, Kamerstuk 34352 nr 299. 2023 negen-meting, rijksoverheid.nl 16-07-2024
 *   (government derived as total 85,665 minus market).
 * 2024 ("bijna 90.000", no split) is left out: no sector figures were published.
 */
export const NATIONAL_REALISATIONS: readonly { year: number; market: number; government: number }[] = [
  { year: 2015, market: 15604, government: 5453 },
  { year: 2016, market: 18957, government: 3597 },
  { year: 2017, market: 30432, government: 6471 },
  { year: 2018, market: 44017, government: 7940 },
  { year: 2019, market: 51829, government: 9786 },
  { year: 2020, market: 53799, government: 12298 },
  { year: 2021, market: 60966, government: 11842 },
  { year: 2022, market: 71113, government: 10004 },
  { year: 2023, market: 74031, government: 11634 },
];
