// The survey kit: each generated file has its tool's documented structure, and answers given
// to the generated questions — exported in each tool's own layout — import with zero name
// decisions: every respondent and every ticked colleague found on the kit's roster.
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { CSV_EN, CSV_NL, toCsv } from '../../../../shared/export/csv';
import type { InputFile } from '../../../../shared/import/import-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { kitFileNames, kitZip, surveyKit, type SurveyKit } from '../../../../shared/survey-kit/survey-kit';
import { firstNameFirst } from '../../../../shared/import/dutch-name';

const encode = (text: string) => new TextEncoder().encode(text);
const ROSTER = [
  'id;naam;bouw;rol;e-mail',
  '1;Vries, Jan de;groep 1-2;leerkracht;jan@school.example',
  '2;Anouk Bakker;groep 1-2;leerkracht;',
  "3;Ruud d'Hondt;groep 3-4;leerkracht;",
  '4;Mark Visser;groep 3-4;leerkracht;',
  '5;Mark Visser;groep 5-6;leerkracht;',
  '6;Özlem Yılmaz;groep 5-6;leesspecialist;',
  '7;Berg, van den, Anne-Marie;staf;directeur;',
  '8;Daan Smit;groep 7-8;leerkracht;',
].join('\n');
const roster: InputFile = { name: 'team.csv', bytes: encode(ROSTER) };

/** Who ticks whom, by roster id; 8 did not answer. */
const ANSWERS: Record<string, string[]> = {
  '1': ['2', '7'],
  '2': ['1', '3', '4'],
  '3': ['4', '5'],
  '4': ['3'],
  '5': ['4', '6'],
  '6': ['5', '8', '7'],
  '7': [],
};

const labelOf = (kit: SurveyKit, id: string) => kit.people.find((p) => p.id === id)!.label;
const fileText = (kit: SurveyKit, name: string) => {
  const content = kit.files.find((f) => f.name === name)!.content;
  return typeof content === 'string' ? content : strFromU8(content);
};

function expectExactImport(kit: SurveyKit, answers: InputFile) {
  const kitRoster: InputFile = { name: kitFileNames('nl').roster, bytes: encode(fileText(kit, kitFileNames('nl').roster)) };
  const request = proposeImport([answers, kitRoster]);
  const result = runAnalysis(request);
  const problems = result.report.items.filter((i) => ['unmatched-name', 'unknown-respondent', 'duplicate-roster-name'].includes(i.kind));
  expect(problems, JSON.stringify(problems)).toEqual([]);
  const ties = result.network.ties.map((t) => `${t.source}>${t.target}`).sort();
  const expected = Object.entries(ANSWERS)
    .flatMap(([from, to]) => to.map((x) => `${from}>${x}`))
    .sort();
  expect(ties).toEqual(expected);
  expect(result.network.people).toHaveLength(8);
  expect(
    result.network.people
      .filter((p) => p.responded)
      .map((p) => p.id)
      .sort(),
  ).toEqual(Object.keys(ANSWERS).sort());
  expect(result.analysis.groups.map((g) => g.label).sort()).toEqual(['groep 1-2', 'groep 3-4', 'groep 5-6', 'groep 7-8', 'staf']);
  return result;
}

describe('the survey kit', async () => {
  const kit = await surveyKit(roster, { locale: 'nl', frequency: false, csv: CSV_NL });
  const names = kitFileNames('nl');

  it('lists the colleagues first name first, by surname, each once, and says what it changed', () => {
    expect(kit.question).toBe('Met wie praat je over instructie in begrijpend lezen?');
    expect(kit.people.map((p) => p.label)).toEqual([
      'Anouk Bakker',
      'Anne-Marie van den Berg',
      "Ruud d'Hondt",
      'Daan Smit',
      'Mark Visser (groep 3-4)',
      'Mark Visser (groep 5-6)',
      'Jan de Vries',
      'Özlem Yılmaz',
    ]);
    expect(kit.notes.map((n) => n.kind).sort()).toEqual(['distinguished', 'distinguished', 'renamed', 'renamed']);
    expect(firstNameFirst('Vries, Jan de')).toBe('Jan de Vries');
    expect(kit.files.map((f) => f.name)).toEqual(Object.values(names));
    for (const label of kit.people.map((p) => p.label)) expect(label).not.toContain(',');
  });

  it('keeps personal columns such as e-mail out of every file', () => {
    for (const f of kit.files) expect(typeof f.content === 'string' ? f.content : strFromU8(unzipOr(f.content))).not.toContain('jan@school.example');
    expect(fileText(kit, names.roster).split('\r\n')[0]).toBe('\ufeffid;naam;bouw;rol');
  });

  it('writes the Qualtrics Advanced Format: the tags, two questions, one choice per colleague', () => {
    const lines = fileText(kit, names.qualtrics).split('\r\n');
    expect(lines[0]).toBe('[[AdvancedFormat]]');
    const tags = lines.filter((l) => l.startsWith('[['));
    expect(tags).toEqual([
      '[[AdvancedFormat]]',
      '[[Block:Collega’s]]',
      '[[Question:MC:Dropdown]]',
      '[[ID:Q1]]',
      '[[Choices]]',
      '[[Question:MC:MultipleAnswer]]',
      '[[ID:Q2]]',
      '[[Choices]]',
    ]);
    // Every tag as Qualtrics documents it: no spaces inside the brackets.
    for (const tag of tags) expect(tag).toMatch(/^\[\[[A-Za-z]+(:[^\]\s][^\]]*)?\]\]$/);
    const afterChoices = (i: number) => lines.slice(i + 1, lines.indexOf('', i));
    const choiceStarts = lines.flatMap((l, i) => (l === '[[Choices]]' ? [i] : []));
    for (const i of choiceStarts) expect(afterChoices(i)).toEqual(kit.people.map((p) => p.label));
    expect(lines[lines.indexOf('[[ID:Q2]]') + 1]).toBe(kit.question);
  });

  it('writes LimeSurvey question files with the structure its question import reads', () => {
    for (const [file, type, rows] of [
      [names.limeColleagues, 'M', 'subquestions'],
      [names.limeName, '!', 'answer_l10ns'],
    ] as const) {
      const xml = fileText(kit, file);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<document>\n <LimeSurveyDocType>Question<\/LimeSurveyDocType>/);
      expect(xml).toContain(`<type><![CDATA[${type}]]></type>`);
      expect(xml).toContain('<language>nl</language>');
      // Every table: <fields> first, then <rows> whose children are exactly those fields.
      for (const [, name, body] of xml.matchAll(/ <(questions|subquestions|question_l10ns|answers|answer_l10ns)>\n([\s\S]*?)\n <\/\1>/g)) {
        const fields = [...body!.matchAll(/<fieldname>(\w+)<\/fieldname>/g)].map((m) => m[1]);
        for (const row of body!.split('<row>').slice(1)) {
          const tagsInRow = [...row.matchAll(/^ {4}<(\w+)(?:\/>|>)/gm)].map((m) => m[1]);
          expect(tagsInRow, `${file} ${name}`).toEqual(fields);
        }
      }
      const texts = [...xml.matchAll(new RegExp(`<${rows === 'subquestions' ? 'question' : 'answer'}><!\\[CDATA\\[([^\\]]*)\\]\\]>`, 'g'))].map((m) => m[1]);
      expect(texts).toEqual(expect.arrayContaining(kit.people.map((p) => p.label)));
      // Subquestions need a group (gid) and an order, or LimeSurvey drops them; answer codes are at most five characters.
      if (type === 'M') expect([...xml.matchAll(/<title><!\[CDATA\[(SQ\d{3})\]\]>/g)]).toHaveLength(8);
      else for (const m of xml.matchAll(/<code><!\[CDATA\[([^\]]*)\]\]>/g)) expect(m[1]).toMatch(/^[A-Za-z0-9]{1,5}$/);
      const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'pass'], { timeout: 60_000 }).status === 0);
      if (python) {
        const parsed = spawnSync(python, ['-c', 'import sys, xml.etree.ElementTree as ET; ET.fromstring(sys.stdin.read().encode("utf-8")); print("ok")'], {
          input: xml,
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(parsed.stdout.trim(), parsed.stderr).toBe('ok');
      }
    }
  });

  it('imports Google Forms answers to the generated questions without a name decision', () => {
    const header = ['Tijdstempel', 'Wat is je naam?', kit.question];
    const rows = Object.entries(ANSWERS).map(([from, to], i) => [
      `2027/03/0${i + 1} 9:00:00 AM CET`,
      labelOf(kit, from),
      to.map((x) => labelOf(kit, x)).join(', '),
    ]);
    expectExactImport(kit, { name: 'Reacties.csv', bytes: encode(toCsv([header, ...rows], { ...CSV_EN, bom: false })) });
  });

  it('imports Microsoft Forms answers (with its own anonymous Naam column) without a name decision', () => {
    const header = ['Id', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Wat is je naam?', kit.question];
    const rows = Object.entries(ANSWERS).map(([from, to], i) => [
      String(i + 1),
      '1-3-2027 09:00',
      '1-3-2027 09:02',
      'anonymous',
      '',
      labelOf(kit, from),
      to.map((x) => `${labelOf(kit, x)};`).join(''),
    ]);
    expectExactImport(kit, { name: 'Vragenlijst.csv', bytes: encode(toCsv([header, ...rows], CSV_EN)) });
  });

  it('imports a Qualtrics export of the imported questions without a name decision', () => {
    const lines = [
      ['StartDate', 'EndDate', 'Status', 'Progress', 'Finished', 'ResponseId', 'Q1', 'Q2'],
      ['Start Date', 'End Date', 'Response Type', 'Progress', 'Finished', 'Response ID', 'Wat is je naam?', kit.question],
      ...[
        [
          '{"ImportId":"startDate"}',
          '{"ImportId":"endDate"}',
          '{"ImportId":"status"}',
          '{"ImportId":"progress"}',
          '{"ImportId":"finished"}',
          '{"ImportId":"_recordId"}',
          '{"ImportId":"QID1"}',
          '{"ImportId":"QID2"}',
        ],
      ],
      ...Object.entries(ANSWERS).map(([from, to], i) => [
        '2027-03-01 09:00:00',
        '2027-03-01 09:03:00',
        '0',
        '100',
        'True',
        `R_${i}`,
        labelOf(kit, from),
        to.map((x) => labelOf(kit, x)).join(','),
      ]),
    ];
    expectExactImport(kit, { name: 'qualtrics.csv', bytes: encode(toCsv(lines, { ...CSV_EN, bom: false })) });
  });

  it('imports a LimeSurvey export ("full answers", question text headings) without a name decision', () => {
    const header = [
      'Response ID',
      'Date submitted',
      'Last page',
      'Start language',
      'Wat is je naam?',
      ...kit.people.map((p) => `${kit.question} [${p.label}]`),
    ];
    const rows = Object.entries(ANSWERS).map(([from, to], i) => [
      String(i + 1),
      '2027-03-01 09:00:00',
      '1',
      'nl',
      labelOf(kit, from),
      ...kit.people.map((p) => (to.includes(p.id) ? 'Ja' : '')),
    ]);
    expectExactImport(kit, { name: 'results-survey123.csv', bytes: encode(toCsv([header, ...rows], { ...CSV_EN, bom: false })) });
  });

  it('imports the entry grid, typed in from paper (the row of who did not hand in deleted)', async () => {
    const [sheet] = (await readXlsxFile(new Blob([kit.files.find((f) => f.name === names.gridXlsx)!.content as Uint8Array<ArrayBuffer>]))) as {
      data: string[][];
    }[];
    const [header, ...rows] = sheet!.data.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
    expect(header![0]).toBe('Naam');
    expect(rows.map((r) => r[0])).toEqual(kit.people.map((p) => p.label));
    expect(rows.every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
    const filled = rows
      .filter((r) => kit.people.find((p) => p.label === r[0])!.id !== '8')
      .map((r) => {
        const id = kit.people.find((p) => p.label === r[0])!.id;
        return [r[0]!, ...kit.people.map((p) => (ANSWERS[id]!.includes(p.id) ? 'x' : ''))];
      });
    expectExactImport(kit, { name: 'invoerraster.csv', bytes: encode(toCsv([header!, ...filled], CSV_NL)) });
    // The CSV version of the grid is the same grid.
    expect(fileText(kit, names.gridCsv).split('\r\n')[0]).toBe(`\ufeff${header!.join(';')}`);
  });

  it('imports a paper frequency grid as weighted ties', async () => {
    const withFrequency = await surveyKit(roster, { locale: 'nl', frequency: true, csv: CSV_NL });
    const html = fileText(withFrequency, names.paper);
    for (const f of ['nooit', 'een paar keer per jaar', 'maandelijks', 'wekelijks', 'dagelijks']) expect(html).toContain(`<th>${f}</th>`);
    const header = fileText(withFrequency, names.gridCsv).replace('\ufeff', '').split('\r\n')[0]!.split(';');
    const rows = Object.entries(ANSWERS).map(([from, to]) => [
      labelOf(withFrequency, from),
      ...withFrequency.people.map((p) => (to.includes(p.id) ? '3' : '0')),
    ]);
    const result = expectExactImport(withFrequency, { name: 'invoerraster.csv', bytes: encode(toCsv([header, ...rows], CSV_NL)) });
    expect(new Set(result.network.ties.map((t) => t.weight))).toEqual(new Set([3]));
  });

  it('writes a paper questionnaire with a box for every colleague, and everything as one zip', () => {
    const html = fileText(kit, names.paper);
    expect(html.match(/<li><span class="box"><\/span>/g)).toHaveLength(8);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('Ruud d&#39;Hondt'.replace('&#39;', "'"));
    const zipped = unzipSync(kitZip(kit));
    expect(Object.keys(zipped)).toEqual(Object.values(names));
    const guide = strFromU8(zipped[names.guide]!);
    expect(guide).toContain('“Met wie praat je over instructie in begrijpend lezen?”');
    expect(guide).toContain('Vervolgkeuzelijst');
    expect(guide).toContain('Mark Visser (groep 3-4)');
  });

  it('is written in English with an English question, and refuses a roster of one', async () => {
    const english = await surveyKit(roster, { locale: 'en', frequency: false, csv: CSV_EN, question: '  Whom do you ask for advice?  ' });
    expect(english.question).toBe('Whom do you ask for advice?');
    expect(english.files.map((f) => f.name)).toContain('README.txt');
    expect(fileText(english, 'qualtrics-question.txt')).toContain('Whom do you ask for advice?');
    await expect(surveyKit({ name: 'one.csv', bytes: encode('naam\nJan') }, { locale: 'en', frequency: false, csv: CSV_EN })).rejects.toMatchObject({
      code: 'kit.error.tooFew',
    });
  });
});

describe('the survey kit with a small or unusual team', () => {
  it('imports a small team with two colleagues of the same name, and a name Excel would run, without a decision', async () => {
    const small: InputFile = {
      name: 'klein.csv',
      bytes: encode(['naam;groep', 'Mark Visser;groep 3-4', 'Mark Visser;groep 5-6', 'Anouk Bakker;groep 3-4', '=HYPERLINK(1);groep 5-6'].join('\r\n')),
    };
    const kit = await surveyKit(small, { locale: 'nl', frequency: false, csv: CSV_NL });
    const labels = kit.people.map((p) => p.label);
    expect(labels).toEqual(expect.arrayContaining(['Mark Visser (groep 3-4)', 'Mark Visser (groep 5-6)', '=HYPERLINK(1)']));
    // The kit's roster protects the formula-looking name from Excel; Talkmap reads it back as the name.
    const rosterText = fileText(kit, kitFileNames('nl').roster);
    expect(rosterText).toContain("'=HYPERLINK(1)");
    const answers = [
      ['Tijdstempel', 'Wat is je naam?', kit.question],
      ['2027/03/01 9:00:00 AM CET', 'Mark Visser (groep 3-4)', 'Mark Visser (groep 5-6), Anouk Bakker'],
      ['2027/03/01 9:01:00 AM CET', 'Mark Visser (groep 5-6)', 'Mark Visser (groep 3-4)'],
      ['2027/03/01 9:02:00 AM CET', 'Anouk Bakker', 'Mark Visser (groep 3-4), =HYPERLINK(1)'],
      ['2027/03/01 9:03:00 AM CET', '=HYPERLINK(1)', 'Anouk Bakker'],
    ];
    const request = proposeImport([
      { name: 'Reacties.csv', bytes: encode(answers.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(',')).join('\n')) },
      { name: 'namenlijst-talkmap.csv', bytes: encode(rosterText) },
    ]);
    const result = runAnalysis(request);
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name' || i.kind === 'unknown-respondent')).toEqual([]);
    expect(result.network.ties).toHaveLength(6);
    expect(result.network.people).toHaveLength(4);
  });

  it('tells two colleagues of the same name in the same group apart by id, and imports them', async () => {
    const roster: InputFile = {
      name: 'team.csv',
      bytes: encode(['id;naam;groep', 'm3;Jan de Vries;groep 3-4', 'm4;Jan de Vries;groep 3-4', 'm5;Anouk Bakker;groep 1-2'].join('\n')),
    };
    const kit = await surveyKit(roster, { locale: 'nl', frequency: false, csv: CSV_NL });
    expect(kit.people.map((p) => p.label).sort()).toEqual(['Anouk Bakker', 'Jan de Vries (m3)', 'Jan de Vries (m4)']);
    const guide = fileText(kit, kitFileNames('nl').guide);
    expect(guide).toContain('2 collega’s heten “Jan de Vries”: ze staan er als “Jan de Vries (m3)” en “Jan de Vries (m4)”.');
    const answers = [
      ['Tijdstempel', 'Wat is je naam?', kit.question],
      ['2027/03/01 9:00:00 AM CET', 'Jan de Vries (m3)', 'Jan de Vries (m4), Anouk Bakker'],
      ['2027/03/01 9:01:00 AM CET', 'Jan de Vries (m4)', 'Anouk Bakker'],
      ['2027/03/01 9:02:00 AM CET', 'Anouk Bakker', 'Jan de Vries (m3)'],
    ];
    const text = answers.map((r) => r.map((c) => (/[,"]/.test(c) ? `"${c}"` : c)).join(',')).join('\n');
    const result = runAnalysis(
      proposeImport([
        { name: 'Reacties.csv', bytes: encode(text) },
        { name: 'namenlijst-talkmap.csv', bytes: encode(fileText(kit, kitFileNames('nl').roster)) },
      ]),
    );
    expect(result.report.items.filter((i) => i.kind === 'unmatched-name' || i.kind === 'unknown-respondent')).toEqual([]);
    expect(result.network.ties.map((t) => `${t.source}>${t.target}`).sort()).toEqual(['m3>m4', 'm3>m5', 'm4>m5', 'm5>m3']);
  });

  it('says once, with an example, that a roster written surname first was turned round', async () => {
    const names = ['Bakker, Sanne', 'Berg, Mark van den', 'Jansen, Sem', 'Visser, Lotte', 'Smit, Daan', 'Mulder, Eva'];
    const roster: InputFile = { name: 'personeel.csv', bytes: encode(['naam;groep', ...names.map((n) => `${n};groep 1-2`)].join('\n')) };
    const kit = await surveyKit(roster, { locale: 'nl', frequency: false, csv: CSV_NL });
    const guide = fileText(kit, kitFileNames('nl').guide);
    expect(guide).toContain('6 namen staan met de voornaam eerst');
    expect(guide.split('\r\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
    expect(guide.split('\r\n').length).toBeLessThan(60);
    expect(kit.people.map((p) => p.label)).toEqual(['Sanne Bakker', 'Mark van den Berg', 'Sem Jansen', 'Eva Mulder', 'Daan Smit', 'Lotte Visser']);
  });
});

function unzipOr(bytes: Uint8Array): Uint8Array {
  try {
    return new TextEncoder().encode(
      Object.values(unzipSync(bytes))
        .map((f) => strFromU8(f))
        .join('\n'),
    );
  } catch {
    return bytes;
  }
}
