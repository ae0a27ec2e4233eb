/**
 * The kit's questions for LimeSurvey as question files (.lsq, imported with "Import question"
 * in a question group): the colleagues as a multiple-choice question (type M, each colleague a
 * subquestion SQ001…), and the own name as a dropdown list (type !, each colleague an answer
 * A0001…). The XML is the structure LimeSurvey 6 writes and reads (export_helper.php,
 * import_helper.php XMLImportQuestion): tables of <fields> and <rows>, texts in
 * question_l10ns / answer_l10ns; qid, sid and gid are renumbered on import.
 */
import type { KitPerson } from './kit-people';

/** CDATA that stays CDATA whatever the text holds ("]]>" is split). */
const cdata = (text: string): string => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function table(name: string, fields: string[], rows: Record<string, string>[]): string {
  const lines = [` <${name}>`, '  <fields>', ...fields.map((f) => `   <fieldname>${f}</fieldname>`), '  </fields>', '  <rows>'];
  for (const row of rows) {
    lines.push('   <row>');
    for (const f of fields) lines.push(row[f] === undefined || row[f] === '' ? `    <${f}/>` : `    <${f}>${cdata(row[f])}</${f}>`);
    lines.push('   </row>');
  }
  lines.push('  </rows>', ` </${name}>`);
  return lines.join('\n');
}

const QUESTION_FIELDS = [
  'qid',
  'parent_qid',
  'sid',
  'gid',
  'type',
  'title',
  'preg',
  'other',
  'mandatory',
  'encrypted',
  'question_order',
  'scale_id',
  'same_default',
  'relevance',
  'question_theme_name',
  'modulename',
  'same_script',
];

function question(qid: number, parent: number, type: string, title: string, order: number, theme: string): Record<string, string> {
  return {
    qid: String(qid),
    parent_qid: String(parent),
    sid: '1',
    gid: '1',
    type,
    title,
    other: 'N',
    mandatory: 'N',
    encrypted: 'N',
    question_order: String(order),
    scale_id: '0',
    same_default: '0',
    relevance: '1',
    question_theme_name: theme,
    same_script: '0',
  };
}

function document(language: string, tables: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<document>',
    ' <LimeSurveyDocType>Question</LimeSurveyDocType>',
    ' <DBVersion>631</DBVersion>',
    ' <languages>',
    `  <language>${language}</language>`,
    ' </languages>',
    ...tables,
    '</document>',
    '',
  ].join('\n');
}

const l10n = (question: string, language: string) => ({ id: '1', qid: '1', question, help: '', script: '', language });

/** Type M: one subquestion per colleague; a response export shows "question [colleague]" columns with Y when ticked. */
export function limeSurveyMultipleChoice(people: KitPerson[], text: { code: string; question: string; help: string }, language: string): string {
  const sub = people.map((p, i) => ({
    ...question(i + 2, 1, 'M', `SQ${String(i + 1).padStart(3, '0')}`, i + 1, ''),
    id: String(i + 2),
    question: p.label,
    help: '',
    script: '',
    language,
  }));
  return document(language, [
    table('questions', QUESTION_FIELDS, [question(1, 0, 'M', text.code, 1, 'multiplechoice')]),
    table('subquestions', [...QUESTION_FIELDS, 'id', 'question', 'help', 'script', 'language'], sub),
    table('question_l10ns', ['id', 'qid', 'question', 'help', 'script', 'language'], [{ ...l10n(text.question, language), help: text.help }]),
  ]);
}

/** Type !: a dropdown list with one answer per colleague (codes A0001…, at most five characters). */
export function limeSurveyDropdown(people: KitPerson[], text: { code: string; question: string }, language: string): string {
  const answers = people.map((_, i) => ({
    aid: String(i + 1),
    qid: '1',
    code: `A${String(i + 1).padStart(4, '0')}`,
    sortorder: String(i + 1),
    assessment_value: '0',
    scale_id: '0',
  }));
  return document(language, [
    table('questions', QUESTION_FIELDS, [{ ...question(1, 0, '!', text.code, 1, 'list_dropdown'), mandatory: 'Y' }]),
    table('question_l10ns', ['id', 'qid', 'question', 'help', 'script', 'language'], [l10n(text.question, language)]),
    table('answers', ['aid', 'qid', 'code', 'sortorder', 'assessment_value', 'scale_id'], answers),
    table(
      'answer_l10ns',
      ['id', 'aid', 'answer', 'language'],
      people.map((p, i) => ({ id: String(i + 1), aid: String(i + 1), answer: p.label, language })),
    ),
  ]);
}

/** LimeSurvey's limit for answer codes (five characters: "A" and four digits). */
export const LIMESURVEY_MAX_ANSWERS = 9999;
