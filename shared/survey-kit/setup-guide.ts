/**
 * The kit's one-page guide (LEESMIJ.txt / README.txt): which question types to choose in
 * each tool, how to keep it from collecting e-mail addresses, and how the answers come back
 * into Talkmap. Plain text, so it opens on any computer.
 */
import { t, translateKey, type Locale } from '../i18n/translate';
import { summariseNotes, type KitNote } from './kit-people';
import type { kitFileNames } from './survey-kit';

export interface GuideFacts {
  question: string;
  ownName: string;
  roster: string;
  count: number;
  names: ReturnType<typeof kitFileNames>;
  notes: KitNote[];
  frequency: boolean;
}

export function setupGuide(locale: Locale, f: GuideFacts): string {
  const n = f.names;
  const section = (title: string, lines: string[]) => ['', title, '-'.repeat(title.length), ...lines];
  const lines = [
    t(locale, 'kit.guide.title'),
    '='.repeat(t(locale, 'kit.guide.title').length),
    '',
    t(locale, 'kit.guide.question', { question: f.question }),
    t(locale, 'kit.guide.intro', { file: f.roster, count: f.count, roster: n.roster }),
    ...section('Microsoft Forms', [
      t(locale, 'kit.guide.msforms.1'),
      t(locale, 'kit.guide.msforms.2', { ownName: f.ownName, choices: n.choices }),
      t(locale, 'kit.guide.msforms.3', { question: f.question }),
      t(locale, 'kit.guide.msforms.4'),
    ]),
    ...section('Google Forms', [
      t(locale, 'kit.guide.google.1'),
      t(locale, 'kit.guide.google.2', { ownName: f.ownName, choices: n.choices }),
      t(locale, 'kit.guide.google.3', { question: f.question }),
      t(locale, 'kit.guide.google.4'),
    ]),
    ...section('Qualtrics', [
      t(locale, 'kit.guide.qualtrics.1', { file: n.qualtrics }),
      t(locale, 'kit.guide.qualtrics.2'),
      t(locale, 'kit.guide.qualtrics.3'),
    ]),
    ...section('LimeSurvey', [
      t(locale, 'kit.guide.lime.1', { name: n.limeName, colleagues: n.limeColleagues }),
      t(locale, 'kit.guide.lime.2'),
      t(locale, 'kit.guide.lime.3'),
    ]),
    ...section(t(locale, 'kit.guide.paper'), [
      t(locale, f.frequency ? 'kit.guide.paper.1.frequency' : 'kit.guide.paper.1', { file: n.paper }),
      t(locale, f.frequency ? 'kit.guide.paper.2.frequency' : 'kit.guide.paper.2', { xlsx: n.gridXlsx, csv: n.gridCsv }),
      t(locale, 'kit.guide.paper.3'),
    ]),
    ...section(t(locale, 'kit.guide.after'), [t(locale, 'kit.guide.after.1', { roster: n.roster }), t(locale, 'kit.guide.after.2')]),
  ];
  if (f.notes.length > 0) {
    lines.push(
      ...section(
        t(locale, 'kit.guide.names'),
        summariseNotes(f.notes).map((note) => `- ${translateKey(locale, note.key, note.params)}`),
      ),
    );
  }
  lines.push('', t(locale, 'kit.guide.privacy'), '');
  return lines.join('\r\n');
}
