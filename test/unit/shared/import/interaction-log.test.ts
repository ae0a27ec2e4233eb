// Interaction logs: streamed in arbitrary chunks, aggregated into counts per ordered pair,
// limited to a date window or split into periods (waves), with unusable rows reported.
import { describe, expect, it } from 'vitest';
import { aggregateLogStream, detectLogColumns, LogAggregator, LogError, logDate, logRequests, periodOf } from '../../../../shared/import/interaction-log';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const LOG = [
  'timestamp;afzender;ontvanger;kanaal',
  '2026-01-05T08:00:00Z;Anna;Bram;mail',
  '2026-01-05T09:00:00Z;Anna;Bram;chat',
  '2026-01-20 10:00;Bram;Anna;mail',
  '03-02-2026 11:00;Anna;Cor;mail',
  '1772452800;Cor;Anna;chat',
  'gisteren;Cor;Bram;mail',
  '2026-03-10T08:00:00Z;Anna;Anna;mail',
  '2026-03-11T08:00:00Z;;Bram;mail',
  '"2026-03-12T08:00:00Z";"Dirk ""DJ"" Jansen";Anna;mail',
  '',
].join('\r\n');

function aggregate(options = {}, chunkSize = 7) {
  const a = new LogAggregator('log.csv', options);
  for (let i = 0; i < LOG.length; i += chunkSize) a.push(LOG.slice(i, i + chunkSize));
  return a.finish();
}

const counts = (r: ReturnType<typeof aggregate>, key = 'all') =>
  Object.fromEntries((r.periods.find((p) => p.key === key)?.ties ?? []).map((t) => [`${t.source}>${t.target}`, t.count]));

describe('interaction logs', () => {
  it('finds the columns in Dutch and English headers, and falls back to the first two', () => {
    expect(detectLogColumns('timestamp;afzender;ontvanger;kanaal', 'x')).toMatchObject({ source: 1, target: 2, timestamp: 0, channel: 3, delimiter: ';' });
    expect(detectLogColumns('from,to,time', 'x')).toMatchObject({ source: 0, target: 1, timestamp: 2, channel: null, delimiter: ',' });
    expect(detectLogColumns('a\tb', 'x')).toMatchObject({ source: 0, target: 1, delimiter: '\t' });
    expect(() => detectLogColumns('only', 'x')).toThrow(LogError);
    // A first-two-columns edge list may carry a time and a channel, nothing else.
    expect(detectLogColumns('a;b;datum;kanaal', 'x')).toMatchObject({ source: 0, target: 1, timestamp: 2, channel: 3 });
    expect(() => detectLogColumns('a;b;c', 'x')).toThrow(expect.objectContaining({ code: 'log.error.columns' }));
    // Survey exports are sent to Open survey…
    const forms = 'ID,Start time,Completion time,Email,Name,Who do you talk to about reading?';
    expect(() => detectLogColumns(forms, 'forms.csv')).toThrow(expect.objectContaining({ code: 'log.error.survey', params: { file: 'forms.csv' } }));
    expect(() => detectLogColumns('Tijdstempel;E-mailadres;Met wie praat je?', 'g.csv')).toThrow(expect.objectContaining({ code: 'log.error.survey' }));
  });

  it('counts interactions per ordered pair whatever the chunk boundaries, and reports unusable rows', () => {
    for (const size of [1, 7, 64, 10_000]) {
      const r = aggregate({}, size);
      expect(counts(r)).toEqual({ 'Anna>Bram': 2, 'Bram>Anna': 1, 'Anna>Cor': 1, 'Cor>Anna': 1, 'Cor>Bram': 1, 'Dirk "DJ" Jansen>Anna': 1 });
      expect(r.rows).toBe(9);
      expect(r.used).toBe(7);
      expect(r.items).toEqual([
        { kind: 'self-nomination', file: 'log.csv', row: 8, column: 'ontvanger', value: 'Anna' },
        { kind: 'empty-answer', file: 'log.csv', row: 9, column: 'afzender', value: '2026-03-11T08:00:00Z;;Bram;mail' },
      ]);
      expect(r.channels).toEqual(['chat', 'mail']);
    }
  });

  it('reads ISO, Dutch and Unix timestamps; keeps a date window; splits into periods', () => {
    expect(logDate('2026-01-05T08:00:00Z')).toBe('2026-01-05');
    expect(logDate('3-2-2026 11:00')).toBe('2026-02-03');
    expect(logDate('1772452800')).toBe('2026-03-02');
    expect(logDate('gisteren')).toBeNull();
    expect(periodOf('2026-01-05', 'week')).toBe('2026-W02');
    expect(periodOf('2027-01-01', 'week')).toBe('2026-W53');
    expect(periodOf('2026-11-23', 'quarter')).toBe('2026-Q4');
    const window = aggregate({ from: '2026-01-06', to: '2026-02-28' });
    expect(counts(window)).toEqual({ 'Bram>Anna': 1, 'Anna>Cor': 1 });
    expect(window.outsideWindow).toBe(4);
    expect(window.items.find((i) => i.kind === 'invalid-date')).toEqual({
      kind: 'invalid-date',
      file: 'log.csv',
      row: 7,
      column: 'timestamp',
      value: 'gisteren',
    });
    const months = aggregate({ period: 'month' });
    expect(months.periods.map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(counts(months, '2026-01')).toEqual({ 'Anna>Bram': 2, 'Bram>Anna': 1 });
    expect(counts(aggregate({ channel: 'chat' }))).toEqual({ 'Anna>Bram': 1, 'Cor>Anna': 1 });
  });

  it('becomes an ordinary weighted network per period, with the log’s dropped rows in its import report', async () => {
    async function* chunks() {
      const bytes = new TextEncoder().encode(LOG);
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    }
    const seen: number[] = [];
    const months = await aggregateLogStream('log.csv', chunks(), { period: 'month' }, (b) => seen.push(b));
    expect(seen.at(-1)).toBe(new TextEncoder().encode(LOG).length);
    const requests = logRequests(months, null);
    expect(requests.map((r) => r.request.data.name)).toEqual(['log-2026-01.csv', 'log-2026-02.csv', 'log-2026-03.csv']);
    const january = runAnalysis(requests[0]!.request);
    expect(january.network.ties.map((t) => [t.source, t.target, t.weight])).toEqual(expect.arrayContaining([[expect.any(String), expect.any(String), 2]]));
    expect(january.analysis.network.arcs).toBe(2);
    expect(january.report.items.map((i) => [i.kind, i.row])).toEqual([
      ['invalid-date', 7],
      ['self-nomination', 8],
      ['empty-answer', 9],
    ]);
    expect(january.report.files[0]).toMatchObject({ file: 'log.csv', rows: 9 });
  });

  it('refuses periods when the log has no time column', () => {
    const a = new LogAggregator('x.csv', { period: 'month' });
    a.push('from,to\nA,B\n');
    expect(() => a.finish()).toThrow(LogError);
  });
});
