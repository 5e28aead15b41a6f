import { escapeXml } from './format.js';

/** @internal One block of a report: a heading, a paragraph, a table or a raw SVG figure. */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'definitions'; items: [term: string, meaning: string][] }
  | { kind: 'table'; header: string[]; rows: string[][]; align: ('left' | 'right')[] }
  | { kind: 'figure'; svg: string; caption: string };

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** @internal Renders blocks as Markdown (GitHub tables); figures become their caption in italics. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level)} ${b.text}`);
    else if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'list') out.push(b.items.map((i) => `- ${i}`).join('\n'));
    else if (b.kind === 'definitions') out.push(b.items.map(([t, m]) => `- **${t}**: ${m}`).join('\n'));
    else if (b.kind === 'figure') out.push(`*${b.caption}*`);
    else {
      const lines = [
        `| ${b.header.map(cell).join(' | ')} |`,
        `|${b.align.map((a) => (a === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ];
      out.push(lines.join('\n'));
    }
  }
  return `${out.join('\n\n')}\n`;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.5rem;overflow-wrap:anywhere}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.75rem 0;font-variant-numeric:tabular-nums;max-width:100%}
th,td{border:1px solid #bbb;padding:.3rem .6rem;overflow-wrap:anywhere}th{background:#f0f3f7;text-align:left}td.r,th.r{text-align:right}
figure{margin:1rem 0}figure svg{width:100%;height:auto;display:block}figcaption{font-size:.9em;color:#555}
dt{font-weight:bold}dd{margin:0 0 .4rem 1.5rem}
@page{size:A4 portrait;margin:15mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt;line-height:1.35}
h1{font-size:16pt}h2{font-size:12.5pt;margin-top:1.2rem;break-after:avoid;page-break-after:avoid}
table{width:100%;table-layout:fixed;font-size:8pt;break-inside:avoid;page-break-inside:avoid}
th,td{padding:.2rem .25rem}th:first-child{width:9%}th{font-size:7pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure,dl,ul{break-inside:avoid;page-break-inside:avoid}p,li,dd{orphans:3;widows:3}}`;

/** @internal Renders blocks as one self-contained HTML page (inline CSS, inline SVG, every text escaped). */
export function toHtml(blocks: readonly Block[], title: string): string {
  const body: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') body.push(`<h${b.level}>${escapeXml(b.text)}</h${b.level}>`);
    else if (b.kind === 'paragraph') body.push(`<p>${escapeXml(b.text)}</p>`);
    else if (b.kind === 'list') {
      body.push(`<ul>\n${b.items.map((i) => `<li>${escapeXml(i)}</li>`).join('\n')}\n</ul>`);
    } else if (b.kind === 'definitions') {
      const items = b.items.map(([t, m]) => `<dt>${escapeXml(t)}</dt><dd>${escapeXml(m)}</dd>`);
      body.push(`<dl>\n${items.join('\n')}\n</dl>`);
    } else if (b.kind === 'figure') {
      body.push(`<figure>\n${b.svg}\n<figcaption>${escapeXml(b.caption)}</figcaption>\n</figure>`);
    } else {
      const cls = (i: number): string => (b.align[i] === 'right' ? ' class="r"' : '');
      const head = b.header.map((h, i) => `<th${cls(i)}>${escapeXml(h)}</th>`).join('');
      const rows = b.rows.map(
        (r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeXml(c)}</td>`).join('')}</tr>`,
      );
      body.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
    }
  }
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
