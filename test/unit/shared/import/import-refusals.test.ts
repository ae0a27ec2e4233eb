// Refuse rather than guess: files without a who-names-whom question, or whose answers are
// not names of the people in the file, get a message that says what was found — never a
// guessed network. Each case has a near miss that must still import.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../shared/cli/run-cli';
import type { InputFile } from '../../../../shared/import/import-files';
import { inspectFiles } from '../../../../shared/import/inspect-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { ImportError } from '../../../../shared/import/roster';

const csv = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const NAMES = ['Anouk de Vries', 'Bram Jansen', 'Cor Smit', 'Daan Meijer', 'Eva Mulder', 'Fleur Bos'];
const ROSTER = csv('roster.csv', `naam;bouw\n${NAMES.map((n, i) => `${n};groep ${1 + (i % 3) * 2}-${2 + (i % 3) * 2}`).join('\n')}\n`);

function refusal(files: InputFile[]): string {
  try {
    proposeImport(files);
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'proposed';
}

async function cliOn(files: InputFile[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const byPath = new Map(files.map((f) => [f.name, f.bytes]));
  let stdout = '';
  let stderr = '';
  const args = ['analyze', '--survey', files[0]!.name, ...(files[1] ? ['--nodes', files[1].name] : []), '--json'];
  const code = await runCli(args, {
    readFile: (p) => byPath.get(p) ?? new Uint8Array(),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    locale: 'en',
  });
  return { code, stdout, stderr };
}

const qualtricsNoNetwork = csv(
  'qualtrics.csv',
  `StartDate,EndDate,Status,Progress,Q1,Q2\nStart Date,End Date,Response Type,Progress,Wat is je naam?,Hoe tevreden ben je?\n{"ImportId":"startDate"},{"ImportId":"endDate"},{"ImportId":"status"},{"ImportId":"progress"},{"ImportId":"QID1_TEXT"},{"ImportId":"QID2"}\n${NAMES.map((n, i) => `2026-03-0${i + 1} 08:00:00,2026-03-0${i + 1} 08:05:00,IP Address,100,${n},${i % 5}`).join('\n')}\n`,
);

describe('refuse rather than guess', () => {
  it('a survey without a network question: no network, the CLI exits 2 naming the columns', async () => {
    expect(refusal([qualtricsNoNetwork])).toBe('import.error.noNetworkQuestion');
    const run = await cliOn([qualtricsNoNetwork]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('we see no question of who names whom');
    expect(run.stderr).toContain('Hoe tevreden ben je?');
  });

  it('the wizard shows what it found and proposes nothing to import', () => {
    const inspection = inspectFiles([qualtricsNoNetwork]);
    expect(inspection.proposalError?.key).toBe('import.error.noNetworkQuestion');
    expect(inspection.files[0]?.header).toContain('Hoe tevreden ben je?');
  });

  it('questions with comma lists that are not names are not offered as relations', () => {
    const topics = csv(
      'tevredenheid.csv',
      `Naam,Wat gaat goed?,Welke onderwerpen?\n${NAMES.map((n) => `${n},"Samenwerking, sfeer","Rekenen, lezen, planning"`).join('\n')}\n`,
    );
    const inspection = inspectFiles([topics]);
    expect(inspection.proposalError?.key).toBe('import.error.noNetworkQuestion');
    expect(inspection.files[0]?.relations).toEqual([]);
  });

  it('a column of JSON is not a list of people', () => {
    const json = csv('export.csv', `Naam,Metadata\n${NAMES.map((n, i) => `${n},"{""device"":""ipad"",""score"":${i},""tags"":[""a"",""b""]}"`).join('\n')}\n`);
    expect(refusal([json])).toBe('import.error.noNetworkQuestion');
  });

  it('prose split on commas is not a list of people', () => {
    const prose = csv(
      'export.csv',
      `Naam,Toelichting\n${NAMES.map((n) => `${n},"Vooral in de bouwvergadering, soms op de gang, en bij de koffie"`).join('\n')}\n`,
    );
    expect(refusal([prose])).toBe('import.error.noNetworkQuestion');
    expect(refusal([prose, ROSTER])).toBe('import.error.noNetworkQuestion');
  });

  it('a three-column survey without a network question is not an edge list Timestamp → answer', () => {
    const three = csv('export.csv', `Tijdstempel,Naam,Hoe vaak overleg je?\n${NAMES.map((n, i) => `2026/03/0${i + 1} 9:00:00,${n},Wekelijks`).join('\n')}\n`);
    expect(refusal([three])).not.toBe('proposed');
  });

  it('a header without answers is refused, not "0 people, 0 ties"', async () => {
    const empty = csv('export.csv', 'Naam;Met wie praat je?\n');
    expect(refusal([empty])).toBe('import.error.noRows');
    expect((await cliOn([empty])).code).toBe(2);
  });

  it('an anonymous form: a response number is not a respondent', () => {
    const anonymous = csv(
      'forms.csv',
      `Id;Begintijd;Met wie praat je?\n${NAMES.map((_n, i) => `${i + 1};09-03-2026 08:0${i};"${NAMES[(i + 1) % 6]};${NAMES[(i + 2) % 6]};"`).join('\n')}\n`,
    );
    const roster = csv('roster.csv', `id;naam\n${NAMES.map((n, i) => `${i + 1};${n}`).join('\n')}\n`);
    expect(refusal([anonymous, roster])).toBe('import.error.noSurveyColumns');
  });

  describe('near misses still import', () => {
    it('names that match the roster', () => {
      const ok = csv('export.csv', `Naam;Met wie praat je?\n${NAMES.map((n, i) => `${n};"${NAMES[(i + 1) % 6]};${NAMES[(i + 2) % 6]};"`).join('\n')}\n`);
      expect(proposeImport([ok, ROSTER]).spec.shape).toBe('multi-select');
      expect(proposeImport([ok]).spec.shape).toBe('multi-select');
    });

    it('comma-joined Google Forms names, "Vries, Jan de" included', () => {
      const people = ['Vries, Jan de', ...NAMES.slice(1)];
      const ok = csv(
        'google.csv',
        `Tijdstempel,Wat is je naam?,Met wie praat je?\n${people.map((n, i) => `2026/03/01 9:00:00,"${n}","${people[(i + 1) % 6]}, ${people[(i + 2) % 6]}"`).join('\n')}\n`,
      );
      expect(proposeImport([ok]).spec.shape).toBe('multi-select');
    });

    it('respondents written "Achternaam, Voornaam" are not taken for the question', () => {
      const people = ['Vries, Anouk de', 'Jansen, Bram', 'Smit, Cor', 'Meijer, Daan'];
      const ok = csv(
        'google.csv',
        `Tijdstempel,Wat is je naam?,Met wie praat je?\n${people.map((n, i) => `2026/03/01 9:00:00,"${n}","${people[(i + 1) % 4]}, ${people[(i + 2) % 4]}"`).join('\n')}\n`,
      );
      const spec = proposeImport([ok]).spec;
      expect(spec).toMatchObject({ shape: 'multi-select', respondentColumn: 'Wat is je naam?', nominationColumns: ['Met wie praat je?'] });
    });

    it('a plain two-column edge list of ids', () => {
      const edges = csv('ties.csv', 'a,b\n1,2\n2,3\n3,1\n');
      expect(proposeImport([edges]).spec.shape).toBe('edge-list');
    });
  });
});
