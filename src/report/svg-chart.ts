import { coord, escapeXml, nl } from './format.js';

/** @internal One panel of the progress chart (one sector or the total). Times are in years: 2023 = end of 2023. */
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
  /** Years whose target gets its value written beside it (the period's, the horizon's, the plan's last). */
  labelYears: number[];
  /** One line under the panels, e.g. that a year on the axis is the stand on 31 December. */
  note: string;
  panels: ChartPanel[];
}

const WIDTH = 1000;
const LEFT = 64;
const PANEL_W = 312;
const PLOT_W = 244;
const PLOT_H = 280;
const TITLE_SIZE = 22;
const TITLE_LINE = 28;
/** Characters of 22-unit bold sans-serif that fit the width: 0.6 em a character is a generous average. */
const TITLE_CHARS = Math.floor((WIDTH - 40) / (TITLE_SIZE * 0.6));
const TARGET_COLOR = '#c0392b';
const SCENARIO_COLOR = '#7b3f98';
/** White outline under value labels, so they stay legible over lines and fans. */
const HALO = 'stroke="#ffffff" stroke-width="3" paint-order="stroke"';

/** A 1-2-5 step giving about `count` intervals over `span` (Heckbert, "Nice numbers for graph labels", 1990). */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const f = raw / magnitude;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/** @internal Words greedily into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Value labels of the targets of `years`, right-aligned above the end of their step: a label repeating
 * the next one's value is left out, and one that would touch the next goes below its line.
 */
function targetLabels(
  panel: ChartPanel,
  years: readonly number[],
  x: (t: number) => string,
  y: (v: number) => string,
): string[] {
  const shown = panel.targets.filter((t) => years.includes(t.year));
  const out: string[] = [];
  shown.forEach((p, i) => {
    const next = shown[i + 1];
    if (next !== undefined && next.value === p.value) return;
    const below = next !== undefined && Math.abs(Number(y(next.value)) - Number(y(p.value))) < 16;
    out.push(
      `<text class="value-label target-label" x="${coord(Number(x(p.year)) - 2)}" y="${coord(Number(y(p.value)) + (below ? 15 : -5))}" text-anchor="end" font-size="13" font-weight="bold" fill="${TARGET_COLOR}" ${HALO}>${nl(p.value, 0)}</text>`,
    );
  });
  return out;
}

function panelSvg(
  panel: ChartPanel,
  index: number,
  model: ChartModel,
  top: number,
  tMin: number,
  tMax: number,
) {
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
  // Headroom above the highest value for its label.
  const yMax = Math.ceil((hi + step / 3) / step) * step;
  const x = (t: number): string => coord(x0 + ((t - tMin) / (tMax - tMin)) * PLOT_W);
  const y = (v: number): string => coord(top + PLOT_H - ((v - yMin) / (yMax - yMin)) * PLOT_H);
  const out: string[] = [`<g class="panel" aria-label="${escapeXml(panel.name)}">`];
  out.push(
    `<text x="${coord(x0 + PLOT_W / 2)}" y="${top - 12}" text-anchor="middle" font-size="18" font-weight="bold" fill="${panel.color}">${escapeXml(panel.name)}</text>`,
  );
  for (let v = yMin; v <= yMax + step / 2; v += step) {
    out.push(
      `<line x1="${coord(x0)}" x2="${coord(x0 + PLOT_W)}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e3e3"/>`,
      `<text x="${coord(x0 - 6)}" y="${coord(Number(y(v)) + 4)}" text-anchor="end" font-size="13">${nl(v, 0)}</text>`,
    );
  }
  // Ticks at every year end, labels at every `yearStep` years so they never overlap in a narrow panel.
  const yearStep = tMax - tMin > 10 ? 3 : tMax - tMin > 5 ? 2 : 1;
  for (let t = Math.ceil(tMin); t <= tMax; t++) {
    out.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${coord(top + PLOT_H)}" y2="${coord(top + PLOT_H + 5)}" stroke="#333"/>`,
    );
    if ((tMax - t) % yearStep === 0) {
      out.push(
        `<text x="${x(t)}" y="${coord(top + PLOT_H + 21)}" text-anchor="middle" font-size="13">${t}</text>`,
      );
    }
  }
  out.push(
    `<line x1="${coord(x0)}" x2="${coord(x0 + PLOT_W)}" y1="${y(yMin)}" y2="${y(yMin)}" stroke="#333"/>`,
    `<line x1="${coord(x0)}" x2="${coord(x0)}" y1="${coord(top)}" y2="${coord(top + PLOT_H)}" stroke="#333"/>`,
  );
  if (index === 0) {
    out.push(
      `<text transform="translate(${coord(x0 - 50)} ${coord(top + PLOT_H / 2)}) rotate(-90)" text-anchor="middle" font-size="13">${escapeXml(model.yLabel)}</text>`,
    );
  }
  if (model.periodEnd >= tMin && model.periodEnd <= tMax) {
    out.push(
      `<line x1="${x(model.periodEnd)}" x2="${x(model.periodEnd)}" y1="${coord(top)}" y2="${coord(top + PLOT_H)}" stroke="#888" stroke-dasharray="2 3"/>`,
      `<text x="${coord(Number(x(model.periodEnd)) - 3)}" y="${coord(top + 10)}" text-anchor="end" font-size="12" fill="#555">${escapeXml(model.periodLabel)}</text>`,
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
    out.push(`<path class="target" d="${d}" fill="none" stroke="${TARGET_COLOR}" stroke-width="2"/>`);
  }
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
      `<line class="scenario" x1="${x(s.from.t)}" y1="${y(s.from.value)}" x2="${x(s.to.t)}" y2="${y(s.to.value)}" stroke="${SCENARIO_COLOR}" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>`,
      `<rect x="${coord(Number(x(s.to.t)) - 4)}" y="${coord(Number(y(s.to.value)) - 4)}" width="8" height="8" transform="rotate(45 ${x(s.to.t)} ${y(s.to.value)})" fill="${SCENARIO_COLOR}"/>`,
    );
  }
  // Value labels last, so nothing is drawn over them.
  out.push(...targetLabels(panel, model.labelYears, x, y));
  if (panel.realised.length > 0) {
    const last = panel.realised[panel.realised.length - 1]!;
    // Above the point when the line comes up to it, below when it comes down: the side the line leaves free.
    const rising = (panel.realised[panel.realised.length - 2]?.value ?? last.value) <= last.value;
    out.push(
      `<text class="value-label realised-label" x="${coord(Number(x(last.t)) - 6)}" y="${coord(Number(y(last.value)) + (rising ? -8 : 18))}" text-anchor="end" font-size="13" font-weight="bold" fill="${panel.color}" ${HALO}>${nl(last.value, 0)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('\n');
}

/** Legend items; a series drawn in each panel's colour shows a swatch in each of those colours. */
function legendItems(
  colors: readonly string[],
  hasForecast: boolean,
  hasScenario: boolean,
): [string, string][] {
  const each = (symbol: (color: string, x: number) => string): string =>
    colors.map((c, i) => symbol(c, i * 12)).join('');
  const items: [string, string][] = [
    [
      `<line x1="0" y1="0" x2="${colors.length * 12}" y2="0" stroke="${TARGET_COLOR}" stroke-width="2"/>`,
      'Doel (cumulatief)',
    ],
    [
      each(
        (c, x) =>
          `<line x1="${x}" y1="0" x2="${x + 10}" y2="0" stroke="${c}" stroke-width="2.5"/><circle cx="${x + 5}" cy="0" r="3" fill="${c}"/>`,
      ),
      'Gerealiseerd',
    ],
  ];
  if (hasForecast) {
    items.push(
      [
        each(
          (c, x) =>
            `<line x1="${x}" y1="0" x2="${x + 10}" y2="0" stroke="${c}" stroke-width="2" stroke-dasharray="4 2"/>`,
        ),
        'Prognose',
      ],
      [
        each((c, x) => `<rect x="${x}" y="-6" width="10" height="12" fill="${c}" fill-opacity="0.3"/>`),
        '80%-interval',
      ],
      [
        each((c, x) => `<rect x="${x}" y="-6" width="10" height="12" fill="${c}" fill-opacity="0.15"/>`),
        '95%-interval',
      ],
    );
  }
  if (hasScenario) {
    items.push([
      `<line x1="0" y1="0" x2="${colors.length * 12}" y2="0" stroke="${SCENARIO_COLOR}" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>`,
      'Trend + plaatsingen',
    ]);
  }
  return items;
}

function legend(items: [string, string][], swatch: number, top: number): { svg: string; bottom: number } {
  const out = ['<g class="legend" font-size="14">'];
  let xPos = LEFT;
  let yPos = top;
  for (const [symbol, label] of items) {
    // 7.6 units a character is a generous width for 14-unit sans-serif text.
    const width = swatch + 26 + label.length * 7.6;
    if (xPos + width > WIDTH - 10) {
      xPos = LEFT;
      yPos += 24;
    }
    out.push(
      `<g transform="translate(${coord(xPos)} ${yPos})">${symbol}<text x="${swatch + 6}" y="5">${escapeXml(label)}</text></g>`,
    );
    xPos += width;
  }
  out.push('</g>');
  return { svg: out.join('\n'), bottom: yPos + 16 };
}

/**
 * @internal Draws the progress chart by hand: one panel per sector and the total, the title wrapped
 * to the width, viewBox-based, deterministic.
 */
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
  const titleLines = wrapWords(model.title, TITLE_CHARS);
  const top = 12 + titleLines.length * TITLE_LINE + 40;
  const noteY = top + PLOT_H + 44;
  const hasForecast = model.panels.some((p) => p.forecast.length > 1);
  const hasScenario = model.panels.some((p) => p.scenario !== null);
  const items = legendItems(
    model.panels.map((p) => p.color),
    hasForecast,
    hasScenario,
  );
  const key = legend(items, model.panels.length * 12, noteY + 28);
  const height = key.bottom + 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<title id="chart-title">${escapeXml(model.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(model.description)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...titleLines.map(
      (line, i) =>
        `<text class="chart-title" x="${WIDTH / 2}" y="${32 + i * TITLE_LINE}" text-anchor="middle" font-size="${TITLE_SIZE}" font-weight="bold">${escapeXml(line)}</text>`,
    ),
    ...model.panels.map((p, i) => panelSvg(p, i, model, top, tMin, tMax)),
    `<text class="note" x="${LEFT}" y="${noteY}" font-size="14" fill="#333">${escapeXml(model.note)}</text>`,
    key.svg,
    '</svg>',
  ].join('\n');
}
