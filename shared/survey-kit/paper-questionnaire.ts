/**
 * The printable A4 paper questionnaire (one HTML page, opened in a browser and printed):
 * the question, a line for the own name, and the colleagues with tick boxes — or, with the
 * frequency grid, one row per colleague with a box per frequency. Self-contained: no
 * scripts, no fonts or pictures from elsewhere.
 */
import type { KitPerson } from './kit-people';

const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PaperTexts {
  lang: string;
  title: string;
  question: string;
  name: string;
  tick: string;
  frequencyTick: string;
  frequencies: string[];
  thanks: string;
}

const STYLE = `@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.35 system-ui, "Segoe UI", Arial, sans-serif; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 6pt; }
.question { font-size: 13pt; font-weight: 600; margin: 0 0 10pt; }
.name { margin: 0 0 12pt; }
.name span { display: inline-block; border-bottom: 1px solid #333; width: 75mm; height: 1.2em; vertical-align: bottom; }
.hint { margin: 0 0 8pt; }
ul.people { list-style: none; padding: 0; margin: 0; columns: 3; column-gap: 8mm; }
ul.people li { break-inside: avoid; padding: 2.5pt 0; }
.box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 1px solid #222; margin-right: 2mm; vertical-align: -0.5mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #bbb; padding: 2.5pt 3pt; text-align: center; }
th:first-child, td:first-child { text-align: left; }
th { font-size: 9pt; font-weight: 600; vertical-align: bottom; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.thanks { margin-top: 12pt; font-size: 10pt; color: #333; }
@media screen { body { max-width: 182mm; margin: 10mm auto; } }`;

export function paperQuestionnaire(people: KitPerson[], texts: PaperTexts, frequency: boolean): string {
  const list = frequency
    ? [
        `<p class="hint">${html(texts.frequencyTick)}</p>`,
        '<table>',
        `<thead><tr><th></th>${texts.frequencies.map((f) => `<th>${html(f)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...people.map((p) => `<tr><td>${html(p.label)}</td>${texts.frequencies.map(() => '<td><span class="box"></span></td>').join('')}</tr>`),
        '</tbody>',
        '</table>',
      ]
    : [`<p class="hint">${html(texts.tick)}</p>`, '<ul class="people">', ...people.map((p) => `<li><span class="box"></span>${html(p.label)}</li>`), '</ul>'];
  return [
    '<!doctype html>',
    `<html lang="${html(texts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${html(texts.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${html(texts.title)}</h1>`,
    `<p class="question">${html(texts.question)}</p>`,
    `<p class="name">${html(texts.name)}: <span></span></p>`,
    ...list,
    `<p class="thanks">${html(texts.thanks)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
