/**
 * Two waves compared in figures: the team's and each group's change, who joined and left,
 * the people matched across waves (to confirm), and each person's change.
 */
import { useMemo, useState } from 'react';
import { formatNumber, formatPercent, type Locale } from '../../../shared/i18n/translate';
import { withOverrides } from '../../../shared/findings/thresholds';
import { meetingComparison } from '../meeting/meeting-steps';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { compareWaves, type Change, type WaveComparison } from '../../../shared/waves/compare-waves';
import { possibleMatches } from '../../../shared/waves/match-people';
import { actions, useAppState } from '../../state/app-store';
import { useNames, type Names } from '../../state/use-names';
import { useT, useTKey } from '../../state/use-t';
import { unionResult } from '../compare/compare-elements';
import { orderedGroupsWord } from '../../../shared/network/group-order';
import { badgeKey } from '../../../shared/present/finding-badge';

const sign = (locale: Locale, v: number | null, digits = 2): string => {
  if (v === null) return '—';
  const size = formatNumber(locale, Math.abs(v), digits);
  // A change that rounds to zero is shown as no change, not as "+0" or "−0".
  return Number(size.replace(',', '.')) === 0 ? '±0' : `${v > 0 ? '+' : '−'}${size}`;
};

const num = (locale: Locale, v: number | null, digits = 2): string => (v === null ? '—' : formatNumber(locale, v, digits));

function ChangeHead({ first }: { first: string }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th>{first}</th>
        <th className="num">{t('compare.before')}</th>
        <th className="num">{t('compare.after')}</th>
        <th className="num">{t('compare.change')}</th>
      </tr>
    </thead>
  );
}

/** Shares (density, mutual ties, response) as percentages, their change in percentage points. */
const SHARES: ReadonlySet<string> = new Set(['density', 'arcReciprocity', 'comparableDensity', 'comparableArcReciprocity', 'responseRate']);
const NETWORK_LABEL = { comparableDensity: 'compare.densityBoth', comparableArcReciprocity: 'compare.arcReciprocityBoth' } as const;

function ChangeCells({ c, locale, digits = 2, percent = false }: { c: Change; locale: Locale; digits?: number; percent?: boolean }) {
  const t = useT();
  // The change in points from the percentages as shown (44% → 52% is +8, whatever the decimals).
  const points = () =>
    c.before === null || c.after === null ? '—' : `${sign(locale, Math.round(c.after * 100) - Math.round(c.before * 100), 0)} ${t('compare.points')}`;
  return (
    <>
      <td className="num">{percent ? formatPercent(locale, c.before) : num(locale, c.before, digits)}</td>
      <td className="num">{percent ? formatPercent(locale, c.after) : num(locale, c.after, digits)}</td>
      <td className={`num change ${(c.change ?? 0) > 0 ? 'up' : (c.change ?? 0) < 0 ? 'down' : ''}`}>{percent ? points() : sign(locale, c.change, digits)}</td>
    </>
  );
}

/** An E-I index as the share of ties that go to another group, (E-I + 1) / 2, before and after. */
function toOtherGroups(c: Change): Change {
  const share = (v: number | null) => (v === null ? null : (v + 1) / 2);
  return { before: share(c.before), after: share(c.after), change: c.change === null ? null : c.change / 2 };
}

/** A share as "45% → 52%" and its change in percentage points: one column each, not three. */
function ShareCells({ c, locale }: { c: Change; locale: Locale }) {
  const t = useT();
  return (
    <>
      <td className="num">{`${c.before === null ? '—' : formatPercent(locale, c.before)} → ${c.after === null ? '—' : formatPercent(locale, c.after)}`}</td>
      <td className={`num change ${(c.change ?? 0) > 0 ? 'up' : (c.change ?? 0) < 0 ? 'down' : ''}`}>
        {c.before === null || c.after === null ? '—' : `${sign(locale, Math.round(c.after * 100) - Math.round(c.before * 100), 0)} ${t('compare.points')}`}
      </td>
    </>
  );
}

export function ComparisonView({ before, after, locale }: { before: AnalysisResult; after: AnalysisResult; locale: Locale }) {
  const t = useT();
  const tKey = useTKey();
  const sameAs = useAppState((s) => s.project.sameAs);
  const overrides = useAppState((s) => s.thresholds);
  // The open comparison is computed once (meeting-steps.ts) for this panel and the meeting; another pair here is computed on its own.
  const open = useAppState(meetingComparison);
  const shared = open && open.before === before && open.after === after ? open.comparison : null;
  const own = useMemo(
    () => (shared ? null : compareWaves(before, after, { sameAs, thresholds: withOverrides(overrides) })),
    [shared, before, after, sameAs, overrides],
  );
  const comparison = (shared ?? own) as WaveComparison;
  const union = useMemo(() => unionResult(before, after, sameAs), [before, after, sameAs]);
  const names = useNames(union);
  const matches = useMemo(() => possibleMatches(before, after, sameAs), [before, after, sameAs]);
  const confirmed = Object.entries(sameAs).filter(([later]) => after.analysis.nodes.some((n) => n.id === later));
  const findingText = (r: AnalysisResult, id: string) => {
    const f = r.findings.findings.find((x) => x.id === id);
    return f ? names.text(f.message.key, f.message.params) : id;
  };
  const nameOf = (id: string) => names.nameOf(id);
  // Problems solved or new, apart from strengths (someone who connects groups) gained or lost.
  const split = (r: AnalysisResult, ids: string[]) => {
    const strength = (id: string) => {
      const f = r.findings.findings.find((x) => x.id === id);
      return f !== undefined && badgeKey(f) === 'severity.strength';
    };
    return { problems: ids.filter((id) => !strength(id)), strengths: ids.filter(strength) };
  };
  const resolved = split(before, comparison.findings.resolved);
  const appeared = split(after, comparison.findings.appeared);
  // The summary's share between grades (or bouwen) has its own row: "8%" last year can be found again.
  const stages = orderedGroupsWord(after.analysis.groups) === 'stages';
  // Researchers' figures (E-I, betweenness) only when asked for.
  const [all, setAll] = useState(false);
  // Not everyone answered in one of the waves: density and mutual ties over the pairs whose tie is known.
  const partial = [comparison.network.responseRate.before, comparison.network.responseRate.after].some((r) => r !== null && r < 1);
  return (
    <div className="comparison" data-testid="comparison">
      <p className="compare-headline" data-testid="compare-headline">
        {t('compare.headline', {
          new: comparison.ties.new.length,
          lost: comparison.ties.lost.length,
          kept: comparison.ties.kept,
          joined: comparison.people.joined.length,
          left: comparison.people.left.length,
        })}
      </p>
      {comparison.highlights.length > 0 && (
        <ul className="compare-highlights" data-testid="compare-highlights">
          {comparison.highlights.map((h) => (
            <li key={`${h.key}${String(h.params.a)}${String(h.params.b)}`}>{tKey(h.key, h.params)}</li>
          ))}
        </ul>
      )}
      {matches.length > 0 && (
        <div className="notice warning" data-testid="possible-matches">
          <p>{t('compare.matches.intro')}</p>
          <ul>
            {matches.map((m) => (
              <li key={m.id}>
                {t('compare.matches.pair', { joined: nameOf(m.id), left: nameOf(m.candidates[0]!.id) })}{' '}
                <button type="button" onClick={() => actions.setSameAs(m.id, m.candidates[0]!.id)} data-testid="match-confirm">
                  {t('compare.matches.same')}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">{t('compare.matches.otherwise')}</p>
        </div>
      )}
      {confirmed.length > 0 && (
        <ul className="muted confirmed-matches">
          {confirmed.map(([later, earlier]) => (
            <li key={later}>
              {t('compare.matches.confirmed', { joined: nameOf(earlier) })}{' '}
              <button type="button" className="link-button" onClick={() => actions.setSameAs(later, null)}>
                {t('compare.matches.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted" data-testid="compare-observed">
        {t('compare.observedNote', { answered: comparison.tieChange.answeredBoth })}
        {comparison.ties.unanswered.new + comparison.ties.unanswered.lost > 0 &&
          ` ${t('compare.outsideNote', { count: comparison.ties.unanswered.new + comparison.ties.unanswered.lost })}`}
      </p>
      <PeopleMoves comparison={comparison} names={names} />
      <h4>{t('compare.network')}</h4>
      <table className="compare-table" data-testid="compare-network">
        <ChangeHead first="" />
        <tbody>
          {(partial
            ? ([
                'nodes',
                'arcs',
                'comparableDensity',
                'comparableArcReciprocity',
                ...(all ? (['density', 'arcReciprocity'] as const) : []),
                'responseRate',
              ] as const)
            : (['nodes', 'arcs', 'density', 'arcReciprocity', 'responseRate'] as const)
          ).map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'comparableDensity' || k === 'comparableArcReciprocity' ? t(NETWORK_LABEL[k]) : t(`net.${k}`)}</th>
              <ChangeCells c={comparison.network[k]} locale={locale} percent={SHARES.has(k)} />
            </tr>
          ))}
          <tr>
            <th scope="row" title={t('net.explain.crossShare')}>
              {t('net.crossShare')}
            </th>
            <ChangeCells c={toOtherGroups(comparison.network.eiIndex)} locale={locale} percent />
          </tr>
          {(comparison.network.eiIndexOrdered.before !== null || comparison.network.eiIndexOrdered.after !== null) && (
            <tr data-testid="compare-cross-ordered">
              <th scope="row" title={t(stages ? 'net.explain.eiIndexOrdered.stages' : 'net.explain.eiIndexOrdered')}>
                {t(stages ? 'compare.crossShareOrdered.stages' : 'compare.crossShareOrdered')}
              </th>
              <ChangeCells c={toOtherGroups(comparison.network.eiIndexOrdered)} locale={locale} percent />
            </tr>
          )}
        </tbody>
      </table>
      <h4>{t('compare.pairs')}</h4>
      <table className="compare-table" data-testid="compare-pairs">
        <ChangeHead first={t('compare.pair')} />
        <tbody>
          {comparison.groupPairs.map((p) => (
            <tr key={`${p.a}|${p.b}`} title={t('compare.pairDensity', { before: num(locale, p.density.before), after: num(locale, p.density.after) })}>
              <th scope="row">
                {p.a} ↔ {p.b}
              </th>
              <ChangeCells c={p.arcs} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('compare.groups')}</h4>
      <table className="compare-table" data-testid="compare-groups">
        <thead>
          <tr>
            <th>{t('col.group')}</th>
            <th className="num" title={t('compare.crossShare.explain')}>
              {t('compare.groupCross')}
            </th>
            <th className="num">{t('compare.change')}</th>
            <th className="num" title={t('compare.internalDensity.explain')}>
              {t('compare.internalDensity')}
            </th>
            <th className="num">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <ShareCells c={toOtherGroups(g.eiIndex)} locale={locale} />
              <ShareCells c={g.internalDensity} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
      <label className="all-figures">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="compare-all-figures" /> {t('people.allFigures')}
      </label>
      {all && (
        <table className="compare-table" data-testid="compare-tie-table">
          <caption>{t('compare.table.title', { pairs: comparison.tieChange.pairs })}</caption>
          <tbody>
            {(['absentBoth', 'appeared', 'disappeared', 'keptBoth', 'hamming'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`compare.table.${k}`)}</th>
                <td className="num">{formatNumber(locale, comparison.tieChange[k])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('compare.table.jaccard')}</th>
              <td className="num">{comparison.tieChange.jaccard === null ? '—' : formatNumber(locale, comparison.tieChange.jaccard, 2)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {all && (
        <table className="compare-table" data-testid="compare-ei">
          <ChangeHead first="" />
          <tbody>
            {(['eiIndex', 'eiIndexOrdered'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`net.${k}`)}</th>
                <ChangeCells c={comparison.network[k]} locale={locale} />
              </tr>
            ))}
            {comparison.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{t('compare.groupEi', { group: g.group })}</th>
                <ChangeCells c={g.eiIndex} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('compare.findings')}</h4>
      <div className="compare-findings" data-testid="compare-findings">
        {comparison.findings.resolved.length + comparison.findings.appeared.length === 0 && <p className="muted">{t('compare.findings.none')}</p>}
        {(
          [
            ['resolved', resolved.problems, before, 'resolved-heading', 'findings-resolved'],
            ['appeared', appeared.problems, after, 'appeared-heading', 'findings-appeared'],
            ['strengthLost', resolved.strengths, before, 'neutral-heading', 'strengths-lost'],
            ['strengthNew', appeared.strengths, after, 'resolved-heading', 'strengths-new'],
          ] as const
        ).map(
          ([key, ids, wave, heading, testId]) =>
            ids.length > 0 && (
              <div key={key}>
                <p className={heading}>{t(`compare.findings.${key}`)}</p>
                <ul data-testid={testId}>
                  {ids.map((id) => (
                    <li key={id}>{findingText(wave, id)}</li>
                  ))}
                </ul>
              </div>
            ),
        )}
        {comparison.findings.unanswered.length > 0 && (
          <div>
            <p className="neutral-heading">{t('compare.findings.unanswered')}</p>
            <ul data-testid="findings-unanswered" className="muted">
              {comparison.findings.unanswered.map((id) => (
                <li key={id}>{findingText(after.findings.findings.some((f) => f.id === id) ? after : before, id)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <h4>{t('compare.persons')}</h4>
      <PersonChanges comparison={comparison} names={names} locale={locale} all={all} />
    </div>
  );
}

function PeopleMoves({ comparison, names }: { comparison: WaveComparison; names: Names }) {
  const t = useT();
  const { joined, left } = comparison.people;
  if (joined.length + left.length === 0) return null;
  // The sentence ends with a full stop; an alias in initials ("E.K.") must not add a second one.
  const list = (ids: string[]) => ids.map(names.nameOf).join(', ').replace(/\.$/, '');
  return (
    <p data-testid="people-moves">
      {joined.length > 0 && <span className="joined">{t('compare.joined', { names: list(joined) })}</span>}{' '}
      {left.length > 0 && <span className="left">{t('compare.left', { names: list(left) })}</span>}
    </p>
  );
}

function PersonChanges({ comparison, names, locale, all }: { comparison: WaveComparison; names: Names; locale: Locale; all: boolean }) {
  const t = useT();
  const rows = [...comparison.persons].sort(
    (a, b) =>
      Math.abs(b.inDegree.change ?? 0) - Math.abs(a.inDegree.change ?? 0) ||
      Math.abs(b.groupReach.change ?? 0) - Math.abs(a.groupReach.change ?? 0) ||
      Math.abs(b.betweenness.change ?? 0) - Math.abs(a.betweenness.change ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const fromTo = (c: Change) => `${num(locale, c.before, 0)} → ${num(locale, c.after, 0)}`;
  return (
    <div className="table-scroll">
      <table className="compare-table persons" data-testid="compare-persons">
        <thead>
          <tr>
            <th>{t('col.name')}</th>
            <th className="num">{t('col.inDegree')}</th>
            <th className="num">{t('compare.reach')}</th>
            {all && (
              <>
                <th className="num">{t('col.betweenness')}</th>
                <th className="num">{t('col.reciprocity')}</th>
                <th className="num">{t('net.eiIndex')}</th>
                <th className="num" title={t('explain.stability')}>
                  {t('col.stability')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} onClick={() => actions.selectPerson(p.id)}>
              <th scope="row">{names.nameOf(p.id)}</th>
              <td className="num">{fromTo(p.inDegree)}</td>
              <td className="num">{fromTo(p.groupReach)}</td>
              {all && (
                <>
                  <td className="num">{sign(locale, p.betweenness.change, 1)}</td>
                  <td className="num">{sign(locale, p.reciprocity.change)}</td>
                  <td className="num">{sign(locale, p.eiIndex.change)}</td>
                  <td className="num">{p.stability === null ? '—' : formatPercent(locale, p.stability)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
