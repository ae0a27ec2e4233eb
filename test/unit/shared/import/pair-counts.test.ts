// Interaction logs of any size: pairs are counted in a typed hash table (no 16.8-million limit of a
// Map), equal to counting with a Map; a period too large to analyse is refused with a translated message.
import { describe, expect, it } from 'vitest';
import { PairCounts } from '../../../../shared/import/logs/pair-counts';
import { LogAggregator } from '../../../../shared/import/logs/log-aggregator';
import { logRequests } from '../../../../shared/import/logs/log-waves';
import { LogError } from '../../../../shared/import/logs/log-error';
import { translateKey } from '../../../../shared/i18n/translate';
import { seededRandom } from '../../../../shared/network/seeded-random';

describe('pair counts', () => {
  it('count as a Map does, through many doublings, for keys up to 2^44', () => {
    const random = seededRandom(20261201);
    const table = new PairCounts('log.csv', 16);
    const map = new Map<number, number>();
    for (let n = 0; n < 200_000; n++) {
      const pair = Math.floor(random() * 2 ** 22) * 2 ** 22 + Math.floor(random() * (n % 3 === 0 ? 50 : 2 ** 22));
      table.add(pair);
      map.set(pair, (map.get(pair) ?? 0) + 1);
    }
    expect(table.size).toBe(map.size);
    for (const [pair, count] of map) expect(table.get(pair)).toBe(count);
    expect(new Map(table.entries())).toEqual(map);
    expect(table.get(12345)).toBe(0);
  });

  it('a log whose period has more pairs than one network can hold is refused with the period and how to split it', () => {
    const aggregator = new LogAggregator('log.csv', { period: 'month' });
    aggregator.push('from,to,timestamp\n');
    for (let i = 0; i < 30; i++) aggregator.push(`p${i},q${i},2026-03-0${1 + (i % 9)}\n`);
    const aggregate = aggregator.finish();
    expect(logRequests(aggregate, null, null, 30)).toHaveLength(1);
    try {
      logRequests(aggregate, null, null, 29);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(LogError);
      const e = error as LogError;
      expect(translateKey('en', e.code, e.params)).toBe(
        'log.csv has 30 different pairs (who → whom) in one period (2026-03): too many to analyse as one network (at most 29). Take shorter periods (--period week or month) or a date window (--from, --to), or one channel (--channel).',
      );
      expect(translateKey('nl', e.code, e.params)).toContain('te veel om als één netwerk te analyseren');
    }
  });
});
