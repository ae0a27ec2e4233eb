/**
 * The survey kit: from a roster, everything a school leader needs to ask the question in
 * the tool the school already has — choices to paste into Microsoft Forms or Google Forms,
 * a Qualtrics Advanced Format file, LimeSurvey question files, a printable A4 questionnaire
 * and an entry grid for the paper answers — plus the roster with the very names the lists
 * use, so the answers import without a single name decision. A one-page guide says which
 * question types to choose and how to keep the survey from collecting e-mail addresses.
 */
import { zipSync } from 'fflate';
import { toCsv, type CsvOptions } from '../export/csv';
import { writeWorkbook } from '../export/workbook';
import { t, type Locale } from '../i18n/translate';
import { findGroupColumn, findIdColumn } from '../import/column-roles';
import type { InputFile } from '../import/import-files';
import { readTableFile } from '../import/read-table-file';
import { ImportError, readRoster } from '../import/roster';
import { kitPeople, type KitNote, type KitPerson } from './kit-people';
import { limeSurveyDropdown, limeSurveyMultipleChoice, LIMESURVEY_MAX_ANSWERS } from './limesurvey-lsq';
import { paperQuestionnaire } from './paper-questionnaire';
import { qualtricsAdvancedFormat } from './qualtrics-advanced';
import { setupGuide } from './setup-guide';

export interface KitOptions {
  locale: Locale;
  /** The question as the team will read it; by default the handbook's question. */
  question?: string;
  /** The paper questionnaire asks how often (a grid) instead of ticks. */
  frequency: boolean;
  /** The separator and decimal mark of the CSV files (the computer's, by default). */
  csv: CsvOptions;
}

export interface KitFile {
  name: string;
  content: string | Uint8Array;
}

export interface SurveyKit {
  files: KitFile[];
  people: KitPerson[];
  notes: KitNote[];
  question: string;
}

/** The file names of the kit, in the kit's language. */
export function kitFileNames(locale: Locale) {
  const nl = locale === 'nl';
  return {
    guide: nl ? 'LEESMIJ.txt' : 'README.txt',
    choices: nl ? 'keuzes-forms.txt' : 'choices-forms.txt',
    qualtrics: nl ? 'qualtrics-vraag.txt' : 'qualtrics-question.txt',
    limeName: nl ? 'limesurvey-naam.lsq' : 'limesurvey-name.lsq',
    limeColleagues: nl ? 'limesurvey-collegas.lsq' : 'limesurvey-colleagues.lsq',
    paper: nl ? 'papieren-vragenlijst.html' : 'paper-questionnaire.html',
    gridXlsx: nl ? 'invoerraster.xlsx' : 'entry-grid.xlsx',
    gridCsv: nl ? 'invoerraster.csv' : 'entry-grid.csv',
    roster: nl ? 'namenlijst-talkmap.csv' : 'roster-talkmap.csv',
  };
}

const FREQUENCIES = ['kit.frequency.0', 'kit.frequency.1', 'kit.frequency.2', 'kit.frequency.3', 'kit.frequency.4'] as const;

/** The kit for `roster` (a CSV/TSV file, or a workbook already read to rows). */
export async function surveyKit(roster: InputFile, options: KitOptions): Promise<SurveyKit> {
  const { locale } = options;
  const table = readTableFile(roster, []);
  const read = readRoster(table, roster.name);
  if (read.people.length < 2) throw new ImportError('kit.error.tooFew', { file: roster.name, count: read.people.length });
  if (read.people.length > LIMESURVEY_MAX_ANSWERS)
    throw new ImportError('kit.error.tooMany', { file: roster.name, count: read.people.length, max: LIMESURVEY_MAX_ANSWERS });
  const groupColumn = findGroupColumn(read.attributeColumns);
  const { people, notes } = kitPeople(read, groupColumn, locale);
  const question = (options.question ?? '').replace(/\s+/g, ' ').trim() || t(locale, 'kit.question.default');
  const ownName = t(locale, 'kit.ownName');
  const names = kitFileNames(locale);
  const labels = people.map((p) => p.label);

  // The entry grid: the layout of a LimeSurvey export ("question [colleague]"), which Talkmap reads as a grid.
  const nameHeader = t(locale, 'kit.grid.name');
  // With frequencies the header says what each box number means ("0 = nooit, …"), so the import reads the numbers by it (answer-scale.ts scaleLegend).
  const legend = options.frequency ? ` (${FREQUENCIES.map((key, n) => `${n} = ${t(locale, key)}`).join(', ')})` : '';
  const gridHeader = [nameHeader, ...labels.map((l) => `${question}${legend} [${l}]`)];
  const gridRows = people.map((p) => [p.label, ...labels.map(() => '')]);
  const idHeader = findIdColumn(table.header) ?? 'id';
  const rosterHeader = [idHeader, t(locale, 'kit.roster.name'), ...read.attributeColumns];
  const rosterRows = people.map((p) => [p.id, p.label, ...read.attributeColumns.map((c) => p.attributes[c] ?? '')]);
  const gridSheet = { name: t(locale, 'kit.grid.sheet'), table: { header: gridHeader, rows: gridRows, formats: gridHeader.map(() => 'text' as const) } };

  const files: KitFile[] = [
    {
      name: names.guide,
      content: setupGuide(locale, { question, ownName, roster: roster.name, count: people.length, names, notes, frequency: options.frequency }),
    },
    { name: names.choices, content: `${labels.join('\r\n')}\r\n` },
    { name: names.qualtrics, content: qualtricsAdvancedFormat(people, { block: t(locale, 'kit.block'), ownName, question }) },
    { name: names.limeName, content: limeSurveyDropdown(people, { code: 'naam', question: ownName }, locale) },
    { name: names.limeColleagues, content: limeSurveyMultipleChoice(people, { code: 'collegas', question, help: t(locale, 'kit.help') }, locale) },
    {
      name: names.paper,
      content: paperQuestionnaire(
        people,
        {
          lang: locale,
          title: t(locale, 'kit.paper.title'),
          question,
          name: t(locale, 'kit.paper.name'),
          tick: t(locale, 'kit.paper.tick'),
          frequencyTick: t(locale, 'kit.paper.frequencyTick'),
          frequencies: FREQUENCIES.map((k) => t(locale, k)),
          thanks: t(locale, 'kit.paper.thanks'),
        },
        options.frequency,
      ),
    },
    { name: names.gridXlsx, content: await writeWorkbook([gridSheet]) },
    { name: names.gridCsv, content: toCsv([gridHeader, ...gridRows], options.csv) },
    { name: names.roster, content: toCsv([rosterHeader, ...rosterRows], options.csv) },
  ];
  return { files, people, notes, question };
}

/** The kit as one .zip (the app saves it as one file; the CLI writes a folder). */
export function kitZip(kit: SurveyKit): Uint8Array {
  const encoder = new TextEncoder();
  return zipSync(Object.fromEntries(kit.files.map((f) => [f.name, typeof f.content === 'string' ? encoder.encode(f.content) : f.content])));
}
