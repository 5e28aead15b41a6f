import { coord, escapeXml, nl } from './format.js';

/** @internal One panel of the progress chart (one sector). Times are in years: 2023 = end of 2023. */
export interface ChartPanel {
  name: string;
  color: string;
  /** Cumulative targets per year end, sorted by year. */
  targets: { year: number; value: number }[];
  /** Realised values, sorted by time. */
  realised: { t: number; value: number }[];
  /** Forecast points from the last observation on (the first has zero-width bands), sorted by time. */
  forecast: { t: number; mean: number; bands: { level: number; lower: number; upper: number }[] }[];
  /** Scenario from placements: from the last observation to the period's year end. */
  scenario: { from: { t: number; value: number }; to: { t: number; value: number } } | null;
}

/** @internal What the chart draws. */
export interface ChartModel {
  title: string;
  description: string;
  periodLabel: string;
  periodEnd: number;
  yLabel: string;
  panels: ChartPanel[];
}

const WIDTH = 1000;
const HEIGHT = 500;
const TOP = 70;
const PLOT_H = 320;
const LEFT = 70;
const PANEL_W = 470;
const PLOT_W = 390;

/** A 1-2-5 step giving about `count` intervals over `span` (Heckbert, "Nice numbers for graph labels", 1990). */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const f = raw / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

function panelSvg(panel: ChartPanel, index: number, model: ChartModel, tMin: number, tMax: number): string {
  const x0 = LEFT + index * PANEL_W;
  let lo = 0;
  let hi = 0;
  const see = (v: number): void => {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const p of panel.targets) see(p.value);
  for (const p of panel.realised) see(p.value);
  for (const p of panel.forecast) {
    see(p.mean);
    for (const b of p.bands) {
      see(b.lower);
      see(b.upper);
    }
  }
  if (panel.scenario !== null) see(panel.scenario.to.value);
  if (hi <= lo) hi = lo + 1;
  const step = niceStep(hi - lo, 5);
  const yMin = Math.floor(lo / step) * step;
  const yMax = Math.ceil(hi / step) * step;
  const x = (t: number): string => coord(x0 + ((t - tMin) / (tMax - tMin)) * PLOT_W);
  const y = (v: number): string => coord(TOP + PLOT_H - ((v - yMin) / (yMax - yMin)) * PLOT_H);
  const out: string[] = [`<g class="panel" aria-label="${escapeXml(panel.name)}">`];
  out.push(
    `<text x="${coord(x0 + PLOT_W / 2)}" y="${TOP - 12}" text-anchor="middle" font-size="16" font-weight="bold" fill="${panel.color}">${escapeXml(panel.name)}</text>`,
  );
  // Grid and y ticks.
  for (let v = yMin; v <= yMax + step / 2; v += step) {
    out.push(
      `<line x1="${coord(x0)}" x2="${coord(x0 + PLOT_W)}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e3e3"/>`,
      `<text x="${coord(x0 - 6)}" y="${coord(Number(y(v)) + 4)}" text-anchor="end" font-size="11">${nl(v, 0)}</text>`,
    );
  }
  // X ticks at year ends.
  const yearStep = tMax - tMin > 12 ? 2 : 1;
  for (let t = Math.ceil(tMin); t <= tMax; t += yearStep) {
    out.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${coord(TOP + PLOT_H)}" y2="${coord(TOP + PLOT_H + 5)}" stroke="#333"/>`,
      `<text x="${x(t)}" y="${coord(TOP + PLOT_H + 19)}" text-anchor="middle" font-size="11">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${coord(x0)}" x2="${coord(x0 + PLOT_W)}" y1="${y(yMin)}" y2="${y(yMin)}" stroke="#333"/>`,
    `<line x1="${coord(x0)}" x2="${coord(x0)}" y1="${coord(TOP)}" y2="${coord(TOP + PLOT_H)}" stroke="#333"/>`,
    `<text transform="translate(${coord(x0 - 52)} ${coord(TOP + PLOT_H / 2)}) rotate(-90)" text-anchor="middle" font-size="11">${escapeXml(model.yLabel)}</text>`,
  );
  // Period end.
  if (model.periodEnd >= tMin && model.periodEnd <= tMax) {
    out.push(
      `<line x1="${x(model.periodEnd)}" x2="${x(model.periodEnd)}" y1="${coord(TOP)}" y2="${coord(TOP + PLOT_H)}" stroke="#888" stroke-dasharray="2 3"/>`,
      `<text x="${coord(Number(x(model.periodEnd)) + 3)}" y="${coord(TOP + 10)}" font-size="10" fill="#555">${escapeXml(model.periodLabel)}</text>`,
    );
  }
  // Forecast bands, widest first.
  if (panel.forecast.length > 1) {
    const levels = (panel.forecast[1]?.bands ?? []).map((b) => b.level).sort((a, b) => b - a);
    levels.forEach((level, i) => {
      const band = (p: (typeof panel.forecast)[number]) => p.bands.find((b) => b.level === level);
      const upper = panel.forecast.map((p) => `${x(p.t)},${y(band(p)?.upper ?? p.mean)}`);
      const lower = panel.forecast.map((p) => `${x(p.t)},${y(band(p)?.lower ?? p.mean)}`).reverse();
      out.push(
        `<polygon class="band-${level}" points="${[...upper, ...lower].join(' ')}" fill="${panel.color}" fill-opacity="${i === 0 ? 0.15 : 0.3}" stroke="none"/>`,
      );
    });
    out.push(
      `<polyline class="forecast" points="${panel.forecast.map((p) => `${x(p.t)},${y(p.mean)}`).join(' ')}" fill="none" stroke="${panel.color}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  }
  // Target steps: the target of year Y holds during year Y.
  if (panel.targets.length > 0) {
    const first = panel.targets[0]!;
    let d = `M${x(first.year - 1)},${y(first.value)}`;
    for (const p of panel.targets) d += ` V${y(p.value)} H${x(p.year)}`;
    out.push(`<path class="target" d="${d}" fill="none" stroke="#c0392b" stroke-width="2"/>`);
  }
  // Realised line with points.
  if (panel.realised.length > 0) {
    out.push(
      `<polyline class="realised" points="${panel.realised.map((p) => `${x(p.t)},${y(p.value)}`).join(' ')}" fill="none" stroke="${panel.color}" stroke-width="2.5"/>`,
    );
    for (const p of panel.realised) {
      out.push(`<circle cx="${x(p.t)}" cy="${y(p.value)}" r="3.5" fill="${panel.color}"/>`);
    }
  }
  if (panel.scenario !== null) {
    const s = panel.scenario;
    out.push(
      `<line class="scenario" x1="${x(s.from.t)}" y1="${y(s.from.value)}" x2="${x(s.to.t)}" y2="${y(s.to.value)}" stroke="#7b3f98" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>`,
      `<rect x="${coord(Number(x(s.to.t)) - 4)}" y="${coord(Number(y(s.to.value)) - 4)}" width="8" height="8" transform="rotate(45 ${x(s.to.t)} ${y(s.to.value)})" fill="#7b3f98"/>`,
    );
  }
  out.push('</g>');
  return out.join('\n');
}

function legend(hasForecast: boolean, hasScenario: boolean): string {
  const items: [string, string][] = [
    ['<line x1="0" y1="0" x2="24" y2="0" stroke="#c0392b" stroke-width="2"/>', 'Doel (target, cumulatief)'],
    [
      '<line x1="0" y1="0" x2="24" y2="0" stroke="#444" stroke-width="2.5"/><circle cx="12" cy="0" r="3.5" fill="#444"/>',
      'Gerealiseerd (realised)',
    ],
  ];
  if (hasForecast) {
    items.push(
      [
        '<line x1="0" y1="0" x2="24" y2="0" stroke="#444" stroke-width="2" stroke-dasharray="6 4"/>',
        'Prognose (forecast)',
      ],
      ['<rect x="0" y="-6" width="24" height="12" fill="#444" fill-opacity="0.3"/>', '80%-interval'],
      ['<rect x="0" y="-6" width="24" height="12" fill="#444" fill-opacity="0.15"/>', '95%-interval'],
    );
  }
  if (hasScenario) {
    items.push([
      '<line x1="0" y1="0" x2="24" y2="0" stroke="#7b3f98" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>',
      'Trend + plaatsingen (placements on top of the trend)',
    ]);
  }
  const out = ['<g class="legend" font-size="12">'];
  let xPos = LEFT;
  let yPos = HEIGHT - 56;
  for (const [symbol, label] of items) {
    // Wrap to a second row; 6.5 units a character is a generous width for 12-unit sans-serif text.
    const width = 44 + label.length * 6.5;
    if (xPos + width > WIDTH - 10) {
      xPos = LEFT;
      yPos += 24;
    }
    out.push(
      `<g transform="translate(${coord(xPos)} ${yPos})">${symbol}<text x="30" y="4">${escapeXml(label)}</text></g>`,
    );
    xPos += width;
  }
  out.push('</g>');
  return out.join('\n');
}

/** @internal Draws the progress chart by hand: one panel per sector, viewBox-based, deterministic. */
export function renderChart(model: ChartModel): string {
  let tMin = Number.POSITIVE_INFINITY;
  let tMax = Number.NEGATIVE_INFINITY;
  for (const p of model.panels) {
    for (const t of p.targets) {
      tMin = Math.min(tMin, t.year - 1);
      tMax = Math.max(tMax, t.year);
    }
    for (const r of p.realised) {
      tMin = Math.min(tMin, r.t);
      tMax = Math.max(tMax, r.t);
    }
    for (const f of p.forecast) tMax = Math.max(tMax, f.t);
  }
  tMin = Math.floor(tMin);
  tMax = Math.ceil(tMax);
  const hasForecast = model.panels.some((p) => p.forecast.length > 1);
  const hasScenario = model.panels.some((p) => p.scenario !== null);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<title id="chart-title">${escapeXml(model.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(model.description)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="30" text-anchor="middle" font-size="19" font-weight="bold">${escapeXml(model.title)}</text>`,
    ...model.panels.map((p, i) => panelSvg(p, i, model, tMin, tMax)),
    legend(hasForecast, hasScenario),
    '</svg>',
  ].join('\n');
}
