/**
 * The people table: every person with their figures, sortable by any column, each figure
 * explained in one line. "Show all figures" adds the researcher's measures; the CSV export
 * writes exactly these columns. Selecting a row selects the person on the map.
 */
import { ShowMore, useShownCount } from '../../components/ShowMore';
import { useState } from 'react';
import {
  columnExplanation,
  columnLabel,
  PEOPLE_COLUMNS,
  peopleColumnsFor,
  type PeopleColumn,
  type PeopleColumnId,
} from '../../../shared/export/people-columns';
import { peopleCsv } from '../../../shared/export/tables-csv';
import { currentCsvOptions } from '../../state/csv-preference';
import { formatNumber, formatPercent, type Locale } from '../../../shared/i18n/translate';
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { hostApi } from '../../bridge/host-api';
import { showHostError } from '../../bridge/host-error';
import { actions, useAppState, selectedPersonOf } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { compareAliases, compareNames } from '../../../shared/present/sort-names';
import { bridgeLevels } from '../../../shared/present/bridge-level';

/**
 * Rows in the chosen column's order; names by surname without tussenvoegsel (sort-names.ts),
 * and by the name on screen — with names hidden, the order does not give away real names.
 */
export function sortPeople(
  nodes: NodeMetrics[],
  column: PeopleColumn,
  descending: boolean,
  nameOf: (n: NodeMetrics) => string = (n) => n.name,
  locale = 'nl',
  anonymised = false,
): NodeMetrics[] {
  // Real names by surname; aliases (codes, initials, roles) as text with numbers in order.
  const compare = anonymised ? compareAliases : compareNames;
  const byName = (a: NodeMetrics, b: NodeMetrics): number => compare(nameOf(a), nameOf(b), locale);
  return [...nodes].sort((a, b) => {
    if (column.id === 'name') return descending ? -byName(a, b) : byName(a, b);
    const va = column.value(a);
    const vb = column.value(b);
    // Unknown values (non-respondents) always sort last.
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), locale, { numeric: true });
    return (descending ? -cmp : cmp) || byName(a, b);
  });
}

function cellText(locale: Locale, column: PeopleColumn, n: NodeMetrics, unknown: string): string {
  const v = column.value(n);
  if (v === null) return column.numeric ? unknown : '';
  if (typeof v === 'string') return v;
  if (column.percent) return formatPercent(locale, v);
  return column.digits === 0 ? String(v) : formatNumber(locale, v, column.digits);
}

/** Name first, then the essential figures, then group and role, then the other figures (a stable sort keeps each band in order). */
function screenRank(c: PeopleColumn): number {
  if (c.id === 'name') return 0;
  if (c.essential && c.numeric) return 1;
  if (c.id === 'group' || c.id === 'role') return 2;
  return 3;
}

/** Rows on screen at first (sorted, so the top of any column is always there). */
const PEOPLE_SHOWN = 200;

export function PeopleTable({ result }: { result: AnalysisResult }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const selected = useAppState(selectedPersonOf);
  const [sortId, setSortId] = useState<PeopleColumnId>('inDegree');
  const [descending, setDescending] = useState(true);
  const [all, setAll] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const names = useNames(result);
  // On screen the essential figures come right after the name (the table is narrow on a laptop
  // and the sorted figure must be in view); group and role follow. The CSV keeps the full order.
  const columns = peopleColumnsFor(result.analysis.nodes)
    .filter((c) => all || c.essential)
    .sort((a, b) => screenRank(a) - screenRank(b));
  const sortColumn = PEOPLE_COLUMNS.find((c) => c.id === sortId) ?? (PEOPLE_COLUMNS[0] as PeopleColumn);
  const rows = sortPeople(result.analysis.nodes, sortColumn, descending, (n) => names.nameOf(n.id), locale, names.anonymised);
  const [shown, setShown] = useShownCount(PEOPLE_SHOWN, result);
  // Betweenness in words (bridge-level.ts) until all figures are asked for.
  const bridges = bridgeLevels(result.analysis.nodes);
  const label = (c: PeopleColumn) => (c.id === 'betweenness' && !all ? 'col.bridge' : columnLabel(c.id));
  const explanation = (c: PeopleColumn) => (c.id === 'betweenness' && !all ? 'explain.bridge' : columnExplanation(c.id));

  const exportCsv = async (): Promise<void> => {
    const answer = await hostApi().saveExport({
      suggestedName: `talkmap-${locale === 'nl' ? 'mensen' : 'people'}.csv`,
      content: peopleCsv(rows, locale, names, currentCsvOptions()),
    });
    if (answer.ok && answer.value.saved) setSaved(answer.value.fileName);
    else if (!answer.ok) showHostError(answer.error);
  };

  return (
    <div className="people">
      <p className="muted">{t('people.intro')}</p>
      <div className="table-tools">
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="all-figures" /> {t('people.allFigures')}
        </label>
        <button type="button" onClick={() => void exportCsv()} data-testid="export-people">
          {t('people.export')}
        </button>
        {saved && (
          <span className="muted" role="status">
            {t('people.exported', { file: saved })}
          </span>
        )}
      </div>
      <div className="table-scroll">
        <table className="people-table" data-testid="people-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  className={`${c.numeric ? 'num' : ''} col-${c.id}`}
                  title={t(explanation(c))}
                  aria-sort={sortId === c.id ? (descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() => {
                      setDescending(sortId === c.id ? !descending : c.numeric);
                      setSortId(c.id);
                    }}
                  >
                    {t(label(c))}
                    {sortId === c.id ? (descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((n) => (
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
                  <td key={c.id} className={`${c.numeric ? 'num' : ''} col-${c.id}`}>
                    {c.id === 'name'
                      ? names.nameOf(n.id)
                      : c.id === 'role'
                        ? (names.roleOf(n.id) ?? '')
                        : c.id === 'betweenness' && !all
                          ? t(`bridge.${bridges.get(n.id) ?? 'none'}`)
                          : cellText(locale, c, n, '?')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore shown={shown} total={rows.length} step={PEOPLE_SHOWN} initial={PEOPLE_SHOWN} onChange={setShown} testId="people-more" />
      <dl className="explanations">
        {columns
          .filter((c) => c.numeric)
          .map((c) => (
            <div key={c.id}>
              <dt>{t(label(c))}</dt>
              <dd>{t(explanation(c))}</dd>
            </div>
          ))}
        <div>
          <dt>?</dt>
          <dd>{t('people.didNotRespond')}</dd>
        </div>
      </dl>
    </div>
  );
}
