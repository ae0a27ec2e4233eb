/**
 * The people table: every person with their figures, sortable by any column, with a
 * one-line explanation of each measure. Selecting a row selects the person on the map.
 */
import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { formatNumber, formatPercent } from '../../../shared/i18n/translate';
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';

type Column = 'name' | 'group' | 'role' | 'inDegree' | 'outDegree' | 'betweenness' | 'reciprocity';
const NUMERIC: Column[] = ['inDegree', 'outDegree', 'betweenness', 'reciprocity'];
const EXPLAIN: Partial<Record<Column, MessageKey>> = {
  inDegree: 'explain.inDegree',
  outDegree: 'explain.outDegree',
  betweenness: 'explain.betweenness',
  reciprocity: 'explain.reciprocity',
};

export function sortPeople(nodes: NodeMetrics[], column: Column, descending: boolean): NodeMetrics[] {
  const value = (n: NodeMetrics): string | number => {
    const v = n[column];
    if (v === null) return Number.NEGATIVE_INFINITY;
    return v;
  };
  return [...nodes].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return (descending ? -cmp : cmp) || a.name.localeCompare(b.name);
  });
}

export function PeopleTable({ result }: { result: AnalysisResult }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const selected = useAppState((s) => s.selectedPerson);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'inDegree', descending: true });
  const columns: Column[] = ['name', 'group', 'role', 'inDegree', 'outDegree', 'betweenness', 'reciprocity'];
  const rows = sortPeople(result.analysis.nodes, sort.column, sort.descending);
  const cell = (n: NodeMetrics, c: Column): string => {
    if (c === 'outDegree') return n.outDegree === null ? '?' : String(n.outDegree);
    if (c === 'betweenness') return formatNumber(locale, n.betweenness, 1);
    if (c === 'reciprocity') return formatPercent(locale, n.reciprocity);
    const v = n[c];
    return v === null ? '' : String(v);
  };
  return (
    <div className="people">
      <p className="muted">{t('people.intro')}</p>
      <table className="people-table" data-testid="people-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                className={NUMERIC.includes(c) ? 'num' : ''}
                title={EXPLAIN[c] ? t(EXPLAIN[c]) : undefined}
                aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" onClick={() => setSort({ column: c, descending: sort.column === c ? !sort.descending : NUMERIC.includes(c) })}>
                  {t(`col.${c}`)}
                  {sort.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr
              key={n.id}
              tabIndex={0}
              aria-selected={n.id === selected}
              className={n.id === selected ? 'selected' : ''}
              onClick={() => actions.selectPerson(n.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  actions.selectPerson(n.id);
                }
              }}
            >
              {columns.map((c) => (
                <td key={c} className={NUMERIC.includes(c) ? 'num' : ''} title={c === 'outDegree' && n.outDegree === null ? t('people.didNotRespond') : undefined}>
                  {cell(n, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="explanations">
        {(Object.keys(EXPLAIN) as Column[]).map((c) => (
          <div key={c}>
            <dt>{t(`col.${c}`)}</dt>
            <dd>{t(EXPLAIN[c] as MessageKey)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
