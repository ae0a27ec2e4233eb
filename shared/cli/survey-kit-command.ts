/**
 * `talkmap survey-kit --nodes ROSTER --out DIR [--question TEXT] [--frequency]`: the survey
 * kit (survey-kit.ts) written as a folder of files, the names in the kit's language.
 */
import { computerCsvDefaults, csvOptions, CSV_SEPARATORS, DECIMAL_MARKS } from '../export/csv';
import { t, translateKey, type Locale } from '../i18n/translate';
import type { InputFile } from '../import/import-files';
import { loadInputFiles } from '../import/read-xlsx';
import { surveyKit } from '../survey-kit/survey-kit';
import { summariseNotes } from '../survey-kit/kit-people';
import { choice, writerOf } from './export-command';
import { usageError, type Flags } from './flags';
import { readNamedFile } from './read-input';
import type { CliIo } from './run-cli';

export async function surveyKitCommand(flags: Flags, io: CliIo, locale: Locale): Promise<number> {
  const { writeFile, makeDir } = writerOf(io);
  const path = flags.get('--nodes');
  const out = flags.get('--out');
  if (!path || !out) throw usageError('cli.usage.surveyKitNeeds');
  const others = ['--edges', '--survey', '--log', '--demo', '--format'].filter((f) => flags.has(f));
  if (others.length > 0) throw usageError('cli.usage.notCombined', { command: 'survey-kit', flags: others.join(', ') });
  const raw = readNamedFile(io.readFile, path);
  const sheet = flags.get('--sheet');
  const loaded = await loadInputFiles([raw], sheet ? { [raw.name]: sheet } : {});
  const defaults = computerCsvDefaults(io.computerLocale);
  const csv = csvOptions(choice(flags, '--separator', CSV_SEPARATORS, defaults.separator), choice(flags, '--decimal', DECIMAL_MARKS, defaults.decimal));
  const question = flags.get('--question');
  const kit = await surveyKit(loaded.files[0] as InputFile, { locale, frequency: flags.has('--frequency'), csv, ...(question ? { question } : {}) });
  makeDir(out);
  const encoder = new TextEncoder();
  for (const f of kit.files) {
    const target = `${out.replace(/[\\/]+$/, '')}/${f.name}`;
    await writeFile(target, typeof f.content === 'string' ? encoder.encode(f.content) : f.content);
    io.stdout(`${t(locale, 'cli.wrote', { file: target })}\n`);
  }
  for (const note of summariseNotes(kit.notes)) io.stderr(`talkmap: ${translateKey(locale, note.key, note.params)}\n`);
  io.stdout(`${t(locale, 'kit.done', { count: kit.people.length, question: kit.question })}\n`);
  return 0;
}
