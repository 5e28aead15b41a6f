/** 35 large Dutch towns: name, approximate town-centre latitude and longitude, population in thousands (rounded); the national-shaped runs spread people and jobs around them. */
export const TOWNS: readonly [string, number, number, number][] = [
  ['Amsterdam', 52.37, 4.9, 930],
  ['Rotterdam', 51.92, 4.48, 665],
  ['Den Haag', 52.08, 4.31, 560],
  ['Utrecht', 52.09, 5.12, 370],
  ['Eindhoven', 51.44, 5.47, 240],
  ['Groningen', 53.22, 6.57, 240],
  ['Tilburg', 51.56, 5.09, 225],
  ['Almere', 52.37, 5.21, 220],
  ['Breda', 51.59, 4.78, 185],
  ['Nijmegen', 51.84, 5.86, 180],
  ['Apeldoorn', 52.21, 5.97, 165],
  ['Arnhem', 51.98, 5.91, 165],
  ['Haarlem', 52.39, 4.64, 165],
  ['Enschede', 52.22, 6.89, 160],
  ['Amersfoort', 52.16, 5.39, 160],
  ['Zaanstad', 52.44, 4.83, 160],
  ["'s-Hertogenbosch", 51.69, 5.3, 160],
  ['Zwolle', 52.52, 6.08, 130],
  ['Leeuwarden', 53.2, 5.8, 125],
  ['Maastricht', 50.85, 5.69, 120],
  ['Leiden', 52.16, 4.49, 125],
  ['Dordrecht', 51.81, 4.67, 120],
  ['Emmen', 52.79, 6.9, 107],
  ['Deventer', 52.25, 6.16, 100],
  ['Venlo', 51.37, 6.17, 102],
  ['Delft', 52.01, 4.36, 105],
  ['Alkmaar', 52.63, 4.75, 110],
  ['Heerlen', 50.89, 5.98, 87],
  ['Assen', 52.99, 6.56, 69],
  ['Middelburg', 51.5, 3.61, 49],
  ['Lelystad', 52.52, 5.47, 80],
  ['Roermond', 51.19, 5.99, 59],
  ['Den Helder', 52.96, 4.76, 56],
  ['Hilversum', 52.22, 5.18, 93],
  ['Gouda', 52.01, 4.71, 75],
];

/**
 * The options of the national-shaped synthetic region: 250,000 candidates × 400,000 vacancies times
 * `scale`, spread around `TOWNS` (pass them to the `generateRegion` of the build being measured).
 */
export function nationalRegionOptions(scale: number) {
  return {
    seed: 2026,
    candidates: Math.round(250_000 * scale),
    vacancies: Math.round(400_000 * scale),
    municipalities: TOWNS.map(([name, lat, lon, k]) => ({ name, lat, lon, population: k * 1000 })),
    name: 'Nederland (synthetic)',
  };
}
