// Damaged files lose nothing silently and invent nothing: cells beyond the header are reported
// with their row, an unclosed quote is refused with its row, two columns with one title both stay
// readable, and SurveyMonkey's HTML entities in option texts are decoded.
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../../shared/import/import-files';
import { inspectFiles } from '../../../../shared/import/inspect-files';
import { proposeImport } from '../../../../shared/import/propose-import';
import { ImportError } from '../../../../shared/import/roster';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const csv = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const ROSTER = csv('roster.csv', 'naam\nAnouk de Vries\nBram Jansen\nCor Smit\nRuud d’Hondt\n');

describe('damaged rows and headers', () => {
  it('a row with more cells than the header: the extra cells are in the report with the row', () => {
    const survey = csv('s.csv', 'Naam;Met wie praat je?\nAnouk de Vries;"Bram Jansen;"\nBram Jansen;Anouk de Vries;Cor Smit\nCor Smit;"Anouk de Vries;"\n');
    const result = runAnalysis(proposeImport([survey, ROSTER]));
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'extra-cells', file: 's.csv', row: 3, value: 'Cor Smit' }));
  });

  it('near miss: a row exactly as wide as the header reports nothing', () => {
    const survey = csv('s.csv', 'Naam;Met wie praat je?\nAnouk de Vries;"Bram Jansen;"\nBram Jansen;"Anouk de Vries;Cor Smit;"\n');
    expect(runAnalysis(proposeImport([survey, ROSTER])).report.items.filter((i) => i.kind === 'extra-cells')).toEqual([]);
  });

  it('an unclosed quote is refused with its row, never read into other people’s answers', () => {
    const survey = csv('s.csv', 'Naam;Met wie praat je?\nAnouk de Vries;"Bram Jansen;\nBram Jansen;"Anouk de Vries;"\nCor Smit;"Anouk de Vries;"\n');
    try {
      proposeImport([survey, ROSTER]);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('import.error.unclosedQuote');
      expect((error as ImportError).params.row).toBeGreaterThanOrEqual(2);
    }
  });

  it('two columns with the same title can both be chosen', () => {
    const survey = csv('s.csv', 'Naam;Met wie praat je?;Met wie praat je?\nAnouk de Vries;"Bram Jansen;";"Cor Smit;"\nBram Jansen;"Anouk de Vries;";\n');
    expect(inspectFiles([survey, ROSTER]).files[0]?.header).toEqual(['Naam', 'Met wie praat je?', 'Met wie praat je? (2)']);
  });

  it('SurveyMonkey option texts with HTML entities name the colleague', () => {
    const survey = csv(
      'sm.csv',
      'Respondent ID,Wat is je naam?,Met wie praat je?,,,\n,Response,Anouk de Vries,Bram Jansen,Ruud d&apos;Hondt,Cor Smit\n1,Anouk de Vries,,Bram Jansen,Ruud d&apos;Hondt,\n2,Bram Jansen,Anouk de Vries,,,Cor Smit\n3,Cor Smit,Anouk de Vries,,,\n',
    );
    const request = proposeImport([survey, ROSTER]);
    expect(request.spec.shape === 'rating-grid' && request.spec.columns.map((c) => c.target)).toContain("Ruud d'Hondt");
    const result = runAnalysis(request);
    expect(result.analysis.nodes.find((n) => n.name === 'Ruud d’Hondt')?.inDegree).toBe(1);
  });
});

describe('names that are JavaScript words', () => {
  it('"__proto__", "constructor" and "toString" are people like any other', () => {
    const edges = csv('e.csv', 'source,target\n__proto__,constructor\nconstructor,Anouk\nAnouk,__proto__\ntoString,Anouk\nconstructor,__proto__\n');
    const result = runAnalysis(proposeImport([edges]));
    expect(result.analysis.nodes.map((n) => n.name).sort()).toEqual(['Anouk', '__proto__', 'constructor', 'toString']);
    expect(result.network.ties).toHaveLength(5);
    expect(result.analysis.nodes.find((n) => n.name === '__proto__')?.inDegree).toBe(2);
  });
});

describe('two people with one name on a roster without ids', () => {
  it('both stay, both rows are reported, and a written "Mark Visser" waits for the user’s decision', () => {
    const roster = csv('roster.csv', 'naam;bouw\nMark Visser;groep 3-4\nAnouk de Vries;groep 1-2\nMark Visser;groep 7-8\nBram Jansen;groep 7-8\n');
    const survey = csv('s.csv', 'Naam;Met wie praat je?\nAnouk de Vries;"Mark Visser;Bram Jansen;"\nBram Jansen;"Anouk de Vries;"\n');
    const request = proposeImport([survey, roster]);
    const result = runAnalysis(request);
    const marks = result.network.people.filter((p) => p.name === 'Mark Visser');
    expect(marks.map((p) => [p.id, p.attributes.bouw])).toEqual([
      ['Mark Visser', 'groep 3-4'],
      ['Mark Visser #2', 'groep 7-8'],
    ]);
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'duplicate-roster-name', row: 4, value: 'Mark Visser', detail: '2' }));
    expect(result.report.items).toContainEqual(expect.objectContaining({ kind: 'ambiguous-name', row: 2, value: 'Mark Visser' }));
    expect(result.network.ties.some((t) => t.target.startsWith('Mark Visser'))).toBe(false);
    const decided = runAnalysis({ ...request, decisions: { 'mark visser': { action: 'map', id: 'Mark Visser #2' } } });
    expect(decided.network.ties).toContainEqual(expect.objectContaining({ source: 'Anouk de Vries', target: 'Mark Visser #2' }));
  });
});

describe('a separator the file cannot decide', () => {
  const text = 'Naam,Met wie;Groep\nSem Bakker,Noël de Wit;3\nNoël de Wit,Sem Bakker;3\nAnouk Smit,Sem Bakker;4\n';

  it('the wizard says both read cleanly and which was chosen (near miss: a clear file says nothing)', () => {
    const doubt = inspectFiles([csv('x.csv', text)]).files[0];
    expect([doubt?.delimiter, doubt?.rivalDelimiter]).toEqual([',', ';']);
    expect(inspectFiles([csv('y.csv', 'Naam;Met wie praat je?\nSem Bakker;"Noël de Wit;"\nNoël de Wit;"Sem Bakker;"\n')]).files[0]?.rivalDelimiter).toBeNull();
  });
});
