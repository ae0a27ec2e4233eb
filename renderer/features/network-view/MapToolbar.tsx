/**
 * The map's controls: layout, size and colour mappings, filters, search by name, and
 * undo/redo of view edits. Every control is a native form element, reachable by keyboard;
 * "/" focuses the search box, Ctrl+Z / Ctrl+Shift+Z undo and redo (renderer/commands).
 */
import { hasGrades } from './continuity-gaps';
import { useMemo, useRef, useState } from 'react';
import { nameKey } from '../../../shared/import/name-key';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import type { NodeMetrics } from '../../../shared/metrics/analyse-network';
import { actions, useAppState } from '../../state/app-store';
import { isEnabled, runCommand } from '../../commands/registry';
import { useT } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { LAYOUTS, SIZE_METRICS, type LayoutName, type SizeMetric } from '../../state/view-state';
import { summaryBy } from './group-summary';

export function MapToolbar({ result }: { result: AnalysisResult }) {
  const t = useT();
  const view = useAppState((s) => s.view);
  // Undo goes through the view's changes, then to the work an import replaced (the same command as Ctrl+Z).
  const canUndo = useAppState((s) => isEnabled('view.undo', s));
  const canRedo = useAppState((s) => isEnabled('view.redo', s));
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  // Worked out once per network (and per naming), not on every render: a 5,000-person map re-renders this bar often.
  const attributes = useMemo(
    () =>
      [...new Set(result.network.people.flatMap((p) => Object.keys(p.attributes)))].filter((a) => {
        const values = new Set(result.network.people.map((p) => p.attributes[a] ?? ''));
        return values.size > 1 && values.size <= 12;
      }),
    [result],
  );
  const roles = useMemo(() => [...new Set(result.analysis.nodes.map((n) => n.role ?? ''))].filter(Boolean).sort(), [result]);
  const names = useNames(result);
  const keys = useMemo(() => result.analysis.nodes.map((n) => [n, nameKey(names.nameOf(n.id))] as const), [result, names]);
  const matches = useMemo(() => {
    const wanted = nameKey(query);
    if (!query.trim()) return [];
    const found: NodeMetrics[] = [];
    for (const [n, key] of keys) {
      if (key.includes(wanted)) found.push(n);
      if (found.length === 8) break;
    }
    return found;
  }, [keys, query]);

  const toggle = (list: string[], value: string): string[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const filtersOn = view.hiddenGroups.length + view.hiddenRoles.length > 0 || view.minWeight > 0 || view.mutualOnly || view.betweenOnly;

  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.title')}>
      {summaryBy(result) !== null && (
        <button type="button" onClick={() => actions.setView({ groupMap: true })} data-testid="group-map-open" title={t('groupMap.hint')}>
          {t('groupMap.open')}
        </button>
      )}
      {result.layers && (
        <label title={t('map.relationHint')}>
          {t('map.relation')}{' '}
          <select value={result.layers.current ?? ''} onChange={(e) => void actions.setRelation(e.target.value)} data-testid="relation">
            {result.layers.current === null && <option value="">{t('map.relationOwn')}</option>}
            {result.layers.layers.map((l) => (
              <option key={l.name} value={l.name}>
                {l.name} ({l.ties})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('map.layout')}{' '}
        <select value={view.layout} onChange={(e) => actions.setView({ layout: e.target.value as LayoutName })} data-testid="layout">
          {LAYOUTS.map((l) => {
            // The continuity view follows grades from group to group: it needs groups in grade order.
            const unavailable = l === 'continuity' && !hasGrades(result);
            return (
              <option key={l} value={l} disabled={unavailable} title={unavailable ? t('layout.continuityNeedsGrades') : undefined}>
                {t(`layout.${l}`)}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t('map.sizeBy')}{' '}
        <select value={view.sizeBy} onChange={(e) => actions.setView({ sizeBy: e.target.value as SizeMetric })} data-testid="size-by">
          {SIZE_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`metric.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {attributes.length > 0 && (
        <label>
          {t('map.colourBy')}{' '}
          <select value={view.colourBy ?? ''} onChange={(e) => actions.setView({ colourBy: e.target.value || null })} data-testid="colour-by">
            <option value="">{t('map.colourByGroup')}</option>
            {attributes
              .filter((a) => a !== result.source.groupAttribute)
              .map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
          </select>
        </label>
      )}
      <details className="filters" data-menu data-testid="filters">
        <summary>
          {t('map.filters')}
          {filtersOn ? ' •' : ''}
        </summary>
        <div className="filters-body">
          {result.analysis.groups.length > 0 && (
            <fieldset>
              <legend>{t('col.group')}</legend>
              {result.analysis.groups.map((g) => (
                <label key={g.label}>
                  <input
                    type="checkbox"
                    checked={!view.hiddenGroups.includes(g.label)}
                    onChange={() => actions.setView({ hiddenGroups: toggle(view.hiddenGroups, g.label) })}
                    data-testid={`filter-group-${g.label}`}
                  />{' '}
                  {g.label}
                </label>
              ))}
            </fieldset>
          )}
          {roles.length > 1 && (
            <fieldset>
              <legend>{t('col.role')}</legend>
              {roles.map((r) => (
                <label key={r}>
                  <input
                    type="checkbox"
                    checked={!view.hiddenRoles.includes(r)}
                    onChange={() => actions.setView({ hiddenRoles: toggle(view.hiddenRoles, r) })}
                  />{' '}
                  {r}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('map.ties')}</legend>
            <label>
              <input
                type="checkbox"
                checked={view.mutualOnly}
                onChange={(e) => actions.setView({ mutualOnly: e.target.checked })}
                data-testid="filter-mutual"
              />{' '}
              {t('map.mutualOnly')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={view.betweenOnly}
                onChange={(e) => actions.setView({ betweenOnly: e.target.checked })}
                data-testid="filter-between"
              />{' '}
              {t('map.betweenOnly')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={view.emphasiseBetween}
                onChange={(e) => actions.setView({ emphasiseBetween: e.target.checked })}
                data-testid="emphasise-between"
              />{' '}
              {t('map.emphasiseBetween')}
            </label>
            {result.network.weighted && (
              <label>
                {t('map.minWeight')}{' '}
                <input
                  type="number"
                  min={0}
                  step={1}
                  value={view.minWeight}
                  onChange={(e) => actions.setView({ minWeight: Math.max(0, Number(e.target.value)) })}
                  className="small-number"
                />
              </label>
            )}
          </fieldset>
        </div>
      </details>
      <div className="search">
        <input
          ref={search}
          type="search"
          value={query}
          placeholder={t('map.search')}
          aria-label={t('map.search')}
          data-testid="search"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) {
              actions.selectPerson(matches[0].id);
              setQuery('');
            } else if (e.key === 'Escape') setQuery('');
          }}
        />
        {matches.length > 0 && (
          <ul className="search-results" role="listbox">
            {matches.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  onClick={() => {
                    actions.selectPerson(n.id);
                    setQuery('');
                  }}
                >
                  {names.nameOf(n.id)} <span className="muted">{n.group ?? ''}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={() => runCommand('view.undo')} disabled={!canUndo} title={t('map.undo')} aria-label={t('map.undo')} data-testid="undo">
        ↶
      </button>
      <button type="button" onClick={() => runCommand('view.redo')} disabled={!canRedo} title={t('map.redo')} aria-label={t('map.redo')} data-testid="redo">
        ↷
      </button>
    </div>
  );
}
