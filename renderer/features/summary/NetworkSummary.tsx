/**
 * The network as a whole: every network-level figure with a plain-language line, the
 * groups (size, density inside, E-I), and the group-to-group density matrix, shaded — or,
 * with more groups than a matrix can show, the pairs of groups with the most ties.
 */
import { useState } from 'react';
import { formatNumber, formatPercent, type Locale } from '../../../shared/i18n/translate';
import type { NetworkMetrics } from '../../../shared/metrics/analyse-network';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState, selectedBlockOf } from '../../state/app-store';
import { useT, useTKey } from '../../state/use-t';
import { arcKey } from '../../../shared/network/pair-key';
import { orderedGroupsWord } from '../../../shared/network/group-order';
import { eiTestShown } from '../../../shared/present/ei-test';

/** Above this many groups the matrix (groups² cells) gives way to the list of strongest pairs. */
export const MATRIX_MAX_GROUPS = 40;
/** How many pairs that list shows. */
export const PAIR_LIST_LENGTH = 50;

type Format = 'count' | 'percent' | 'decimal' | 'test';
type Figure = keyof NetworkMetrics | 'crossShare' | 'densityObserved' | 'arcReciprocityObserved';
/** Plain figures first (counts and percentages); the researchers' measures behind "All figures". */
const PLAIN: [Figure, Format][] = [
  ['nodes', 'count'],
  ['arcs', 'count'],
  ['responseRate', 'percent'],
  ['density', 'percent'],
  ['arcReciprocity', 'percent'],
  ['crossShare', 'percent'],
  ['isolates', 'count'],
];
const FIGURES: [Figure, Format][] = [
  ...PLAIN,
  ['dyadReciprocity', 'percent'],
  ['eiIndex', 'decimal'],
  ['eiIndexOrdered', 'decimal'],
  ['eiTest', 'test'],
  ['eiTestOrdered', 'test'],
  ['weakComponents', 'count'],
  ['strongComponents', 'count'],
  ['averageDistance', 'decimal'],
  ['transitivity', 'decimal'],
  ['inDegreeCentralization', 'decimal'],
  ['outDegreeCentralization', 'decimal'],
  ['communities', 'count'],
  ['modularity', 'decimal'],
  ['communitiesWeighted', 'count'],
  ['modularityWeighted', 'decimal'],
  ['communityGroupAgreement', 'decimal'],
];

function show(locale: Locale, value: number | null, format: Format): string {
  if (value === null) return '—';
  if (format === 'percent') return formatPercent(locale, value);
  if (format === 'count') return formatNumber(locale, value);
  return formatNumber(locale, value, 2);
}

export function NetworkSummary({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const selectedBlock = useAppState(selectedBlockOf);
  const reconstruct = useAppState((s) => s.reconstruct);
  const [all, setAll] = useState(false);
  const n = result.analysis.network;
  const groups = result.analysis.groups;
  // Ordered groups named as bouwen (onderbouw …) are said as bouwen, not as jaargroepen.
  const stages = orderedGroupsWord(groups) === 'stages';
  // Everyone's ties, as the groups' rows below count them (the summary also gives the grades-only share).
  const ei = n.eiIndex;
  // Not everyone answered: the plain rows use the pairs whose tie is known; all figures add the all-pairs ones.
  const partial = n.responseRate !== null && n.respondents < n.nodes;
  const value = (key: Figure): number | null =>
    key === 'crossShare'
      ? ei === null
        ? null
        : (ei + 1) / 2
      : key === 'densityObserved'
        ? n.observed.density
        : key === 'arcReciprocityObserved'
          ? n.observed.arcReciprocity
          : (n[key] as number | null);
  const rows = (all ? FIGURES : PLAIN).flatMap(([key, format]): [Figure, Format][] => {
    if (!partial || (key !== 'density' && key !== 'arcReciprocity')) return [[key, format]];
    const observed: Figure = key === 'density' ? 'densityObserved' : 'arcReciprocityObserved';
    return all
      ? [
          [observed, format],
          [key, format],
        ]
      : [[observed, format]];
  });
  const explainOf = (key: Figure): string =>
    partial && (key === 'density' || key === 'arcReciprocity')
      ? tKey(`net.explain.${key}.allPairs`)
      : key === 'densityObserved'
        ? tKey('net.explain.densityObserved', { pairs: n.observed.pairs })
        : tKey(`net.explain.${scoped(key)}`);
  const test = (key: 'eiTest' | 'eiTestOrdered') => {
    const shown = n[key] ? eiTestShown(locale, n[key]) : null;
    return shown ? { value: `p ${shown.pText}`, explain: tKey(`net.explain.eiTest.${shown.side}`, shown.params) } : null;
  };
  const scoped = (key: Figure): string => `${key}${(key === 'eiIndexOrdered' || key === 'eiTestOrdered') && stages ? '.stages' : ''}`;
  const block = new Map(result.analysis.groupDensity.map((b) => [arcKey(b.from, b.to), b]));
  return (
    <div className="network-summary" data-testid="network-summary">
      <p className="muted">{t('network.intro')}</p>
      {(n.respondents < n.nodes || reconstruct) && n.responseRate !== null && (
        <label className="reconstruct">
          <input type="checkbox" checked={reconstruct} onChange={(e) => void actions.setReconstruct(e.target.checked)} data-testid="reconstruct" />{' '}
          {t('net.reconstruct')}
          <span className="muted"> {t('net.reconstructHint', { ties: result.source.reconstructedTies ?? 0 })}</span>
        </label>
      )}
      <label className="all-figures">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="network-all-figures" /> {t('net.allFigures')}
      </label>
      <table className="figures-table">
        <tbody>
          {rows
            .filter(([key]) => (key !== 'eiIndexOrdered' || n.eiIndexOrdered !== null) && (key !== 'crossShare' || ei !== null))
            .filter(([key]) => (key !== 'eiTest' && key !== 'eiTestOrdered') || n[key] !== null)
            .filter(([key]) => n.weighted || (key !== 'communitiesWeighted' && key !== 'modularityWeighted'))
            .map(([key, format]) => {
              const tested = key === 'eiTest' || key === 'eiTestOrdered' ? test(key) : null;
              return (
                <tr key={key} data-testid={tested || key.endsWith('Observed') ? `figure-${key}` : undefined}>
                  <th scope="row">{tKey(`net.${scoped(key)}`)}</th>
                  <td className="num">{tested ? tested.value : show(locale, value(key), format)}</td>
                  <td className="muted">{tested ? tested.explain : explainOf(key)}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
      {result.layers && result.layers.overlap.length > 0 && (
        <>
          <h3>{t('net.relations')}</h3>
          <p className="muted">{t('net.relationsIntro', { current: result.layers.current ?? '—' })}</p>
          <table className="figures-table" data-testid="relation-overlap">
            <thead>
              <tr>
                <th scope="col">{t('net.relationPair')}</th>
                <th scope="col" className="num">
                  {t('net.relationBoth')}
                </th>
                <th scope="col" className="num">
                  {t('net.relationOnly')}
                </th>
                <th scope="col" className="num" title={t('net.explain.relationJaccard')}>
                  {t('net.relationJaccard')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.layers.overlap.map((o) => (
                <tr key={`${o.a}\u0001${o.b}`}>
                  <th scope="row">
                    {o.a} · {o.b}
                  </th>
                  <td className="num">{formatNumber(locale, o.both)}</td>
                  <td className="num">
                    {formatNumber(locale, o.onlyA)} · {formatNumber(locale, o.onlyB)}
                  </td>
                  <td className="num">{formatPercent(locale, o.jaccard)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {groups.length > 0 && (
        <>
          <h3>{t('net.groups')}</h3>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('col.group')}</th>
                <th scope="col" className="num">
                  {t('net.groupSize')}
                </th>
                <th scope="col" className="num">
                  {t('net.groupDensity')}
                </th>
                <th scope="col" className="num">
                  {t('net.groupCross')}
                </th>
                {all && (
                  <th scope="col" className="num">
                    {t('net.eiIndex')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.label}>
                  <th scope="row">{g.label}</th>
                  <td className="num">{g.size}</td>
                  <td className="num">{formatPercent(locale, g.internalDensity)}</td>
                  <td className="num">{g.eiIndex === null ? '—' : formatPercent(locale, (g.eiIndex + 1) / 2)}</td>
                  {all && <td className="num">{g.eiIndex === null ? '—' : formatNumber(locale, g.eiIndex, 2)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('net.groupEiNote')}</p>
          <h3>{t('net.blockMatrix')}</h3>
          {groups.length > MATRIX_MAX_GROUPS ? (
            <StrongestPairs result={result} />
          ) : (
            <>
              <p className="muted">{t('net.blockMatrixIntro')}</p>
              <div className="table-scroll">
                <table className="block-matrix" data-testid="block-matrix">
                  <thead>
                    <tr>
                      <th scope="col">{t('net.fromTo')}</th>
                      {groups.map((g) => (
                        <th key={g.label} scope="col" className="num">
                          {g.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {groups.map((from) => (
                      <tr key={from.label}>
                        <th scope="row">{from.label}</th>
                        {groups.map((to) => {
                          const b = block.get(arcKey(from.label, to.label));
                          const d = b?.density ?? null;
                          return (
                            <td
                              key={to.label}
                              className={`num clickable${d !== null && d >= 0.45 ? ' dark' : ''}${selectedBlock?.from === from.label && selectedBlock.to === to.label ? ' selected' : ''}`}
                              onClick={() =>
                                actions.selectBlock(
                                  selectedBlock?.from === from.label && selectedBlock.to === to.label ? null : { from: from.label, to: to.label },
                                )
                              }
                              data-testid={`block-${from.label}-${to.label}`}
                              style={{ backgroundColor: d === null ? '#f6f8fa' : `rgba(9, 105, 218, ${Math.min(1, d) * 0.85 + 0.03})` }}
                              title={b ? t('net.blockCell', { from: from.label, to: to.label, arcs: b.arcs, possible: b.possible }) : undefined}
                            >
                              {formatPercent(locale, d)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The pairs of different groups with the most ties from one to the other, clickable like the matrix cells. */
function StrongestPairs({ result }: { result: AnalysisResult }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const selectedBlock = useAppState(selectedBlockOf);
  const groups = result.analysis.groups.length;
  const pairs = result.analysis.groupDensity
    .filter((b) => b.from !== b.to && b.arcs > 0)
    .sort((a, b) => b.arcs - a.arcs || (b.density ?? 0) - (a.density ?? 0))
    .slice(0, PAIR_LIST_LENGTH);
  return (
    <>
      <p className="muted" data-testid="block-list-intro">
        {t('net.blockListIntro', { count: groups, cells: groups * groups, shown: pairs.length })}
      </p>
      <table className="figures-table" data-testid="block-list">
        <thead>
          <tr>
            <th scope="col">{t('net.blockFrom')}</th>
            <th scope="col">{t('net.blockTo')}</th>
            <th scope="col" className="num">
              {t('net.blockTies')}
            </th>
            <th scope="col" className="num">
              {t('net.blockDensity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((b) => {
            const selected = selectedBlock?.from === b.from && selectedBlock.to === b.to;
            return (
              <tr
                key={`${b.from}\u0000${b.to}`}
                className={`clickable${selected ? ' selected' : ''}`}
                onClick={() => actions.selectBlock(selected ? null : { from: b.from, to: b.to })}
                data-testid="block-pair"
              >
                <td>{b.from}</td>
                <td>{b.to}</td>
                <td className="num">{formatNumber(locale, b.arcs)}</td>
                <td className="num">{formatPercent(locale, b.density)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
