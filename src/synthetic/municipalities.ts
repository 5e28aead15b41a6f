/**
 * Municipalities of the labour-market region Gooi en Vechtstreek as the covenant (2015) names them,
 * with approximate town-centre coordinates (WGS84) and population. Source: the project's reference
 * table `gooi-en-vechtstreek-municipalities.csv` (approximate figures; Bussum, Muiden and Naarden
 * merged into Gooise Meren in 2016, Weesp joined Amsterdam in 2022 — kept apart here because the
 * covenant's parties were the municipalities of 2015).
 */
export interface Municipality {
  name: string;
  lat: number;
  lon: number;
  population: number;
}

/** The region's municipalities, as of the covenant (2015). */
export const GOOI_EN_VECHTSTREEK: readonly Municipality[] = [
  { name: 'Blaricum', lat: 52.2722, lon: 5.2453, population: 12_000 },
  { name: 'Bussum', lat: 52.2733, lon: 5.1611, population: 33_500 },
  { name: 'Eemnes', lat: 52.2542, lon: 5.2583, population: 9_500 },
  { name: 'Hilversum', lat: 52.2233, lon: 5.1764, population: 93_000 },
  { name: 'Huizen', lat: 52.2992, lon: 5.2417, population: 41_500 },
  { name: 'Laren', lat: 52.2567, lon: 5.2264, population: 11_500 },
  { name: 'Muiden', lat: 52.33, lon: 5.0694, population: 7_000 },
  { name: 'Naarden', lat: 52.2953, lon: 5.1625, population: 17_500 },
  { name: 'Weesp', lat: 52.3075, lon: 5.0417, population: 21_000 },
  { name: 'Wijdemeren', lat: 52.1994, lon: 5.1122, population: 24_500 },
];
