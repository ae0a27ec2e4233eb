/**
 * The printable report (A4): a title page, the map with its legend, the network in words,
 * each finding with its figures and suggestion, the group matrix, and a methods appendix.
 * It is always in the page but only shown when printing (print.css), so the PDF is exactly
 * the current analysis, anonymised when names are hidden.
 */
import { kindsDrawn } from '../../../shared/present/role-kind';
import { waveName } from '../waves/wave-name';
import { badgeKey } from '../../../shared/present/finding-badge';
import { surveyQuestion } from '../../../shared/import/survey-question';
import { PlanList } from '../plan/PlanList';
import { formatDate } from '../../../shared/i18n/format-date';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { formatNumber, formatPercent } from '../../../shared/i18n/translate';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { activeEntry, useAppState } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT, useTKey } from '../../state/use-t';
import { boundsText } from '../../../shared/findings/bounds';
import { colourMapping } from '../network-view/map-elements';

const METHODS: [MessageKey, MessageKey][] = [
  ['net.density', 'net.explain.density'],
  ['net.arcReciprocity', 'net.explain.arcReciprocity'],
  ['net.eiIndex', 'net.explain.eiIndex'],
  ['col.inDegree', 'explain.inDegree'],
  ['col.outDegree', 'explain.outDegree'],
  ['col.betweenness', 'explain.betweenness'],
  ['col.pagerank', 'explain.pagerank'],
  ['col.constraint', 'explain.constraint'],
  ['col.brokerage', 'explain.brokerage'],
  ['net.transitivity', 'net.explain.transitivity'],
  ['net.modularity', 'net.explain.modularity'],
];

/** A printed report stays readable: the most important findings, a matrix that fits a page. */
const REPORT_FINDINGS = 50;
const REPORT_MATRIX_GROUPS = 24;

export function Report({ result, mapImage }: { result: AnalysisResult; mapImage: string | null }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const isDemo = useAppState((s) => s.project.isDemo);
  const names = useNames(result);
  const view = useAppState((s) => s.view);
  const { colours } = colourMapping(result, view);
  // The shapes as drawn (folded roles and the "me" view give no one away), in a fixed order.
  const shapes = kindsDrawn(
    result.analysis.nodes.map((x) => x.id),
    names.kindOf,
  );
  const n = result.analysis.network;
  const groups = result.analysis.groups;
  const density = new Map(result.analysis.groupDensity.map((b) => [`${b.from}\u0000${b.to}`, b.density]));
  const entry = useAppState(activeEntry);
  const waves = useAppState((s) => s.project.waves);
  // With two waves compared, the map picture is the comparison: its legend says so.
  const comparing = useAppState((s) => (s.project.compare && s.project.compare.before !== s.project.compare.after ? s.project.compare : null));
  const hasPlan = useAppState((s) => s.project.plan.length > 0);
  // The survey's date when it is known (the wave's date), else the day of printing.
  const date = formatDate(locale, entry?.date ?? new Date().toISOString(), 'long');
  const question = isDemo ? t('demo.question') : entry?.job.kind === 'request' ? surveyQuestion(entry.job.request) : null;
  return (
    <div className="print-report" data-testid="report">
      <section className="report-title-page">
        <p className="report-kicker">Talkmap — {t('report.networkReport')}</p>
        <h1>{isDemo ? t('demo.school') : result.source.files.join(', ')}</h1>
        {question && <p className="report-question">“{question}”</p>}
        <dl className="report-facts">
          <dt>{t('report.date')}</dt>
          <dd>{date}</dd>
          <dt>{t('net.nodes')}</dt>
          <dd>{n.nodes}</dd>
          <dt>{t('net.responseRate')}</dt>
          <dd>{formatPercent(locale, n.responseRate)}</dd>
          <dt>{t('net.arcs')}</dt>
          <dd>{n.arcs}</dd>
        </dl>
        {isDemo && <p className="report-note">{t('demo.badge')}</p>}
        {names.anonymised && <p className="report-note">{t('report.anonymised')}</p>}
      </section>
      <section className="report-page">
        <h2>{t('map.title')}</h2>
        {mapImage && <img className="report-map" src={mapImage} alt={t('map.aria', { nodes: n.nodes, arcs: n.arcs })} />}
        <p className="report-legend">
          <strong>{t('legend.groups')}</strong>{' '}
          {[...colours].map(([label, colour]) => (
            <span key={label} className="report-legend-item">
              <span className="report-swatch" style={{ backgroundColor: colour }} /> {label}
            </span>
          ))}
          <br />
          {comparing ? (
            <>
              <strong>{t('compare.title', { before: waveName(locale, waves, comparing.before), after: waveName(locale, waves, comparing.after) })}</strong>
              <br />
              {[t('compare.legend.new'), t('compare.legend.lost'), t('compare.legend.kept'), t('compare.legend.joined'), t('compare.legend.left')].join(' · ')}
              <br />
            </>
          ) : null}
          {t('legend.size', { metric: t(`metric.${view.sizeBy}`) })} · {t('legend.mutual')} · {t('legend.oneWay')}
          {shapes.length > 1 && <> · {shapes.map((k) => tKey(`legend.shape.${k}`)).join(' · ')}</>}
          {result.analysis.nodes.some((x) => !x.responded) && <> · {t('legend.nonRespondent')}</>}
        </p>
        <h2>{t('report.inWords')}</h2>
        {result.summary.map((s) => (
          <p key={s.key}>{names.text(s.key, s.params)}</p>
        ))}
      </section>
      <section className="report-page">
        <h2>{t('tabs.findings')}</h2>
        {result.findings.findings.slice(0, REPORT_FINDINGS).map((f) => (
          <article key={f.id} className="report-finding">
            <h3>
              {tKey(badgeKey(f))} · {t(`kind.${f.kind}`)}
            </h3>
            <p className="report-finding-message">{names.text(f.message.key, f.message.params)}</p>
            <p>{names.text(f.detail.key, f.detail.params)}</p>
            {f.caveat && <p>{names.text(f.caveat.key, f.caveat.params)}</p>}
            {f.bounds && (
              <p>
                {(() => {
                  const text = boundsText(f.bounds, result.analysis.network.responseRate);
                  return tKey(text.key, text.params);
                })()}
              </p>
            )}
            {f.suggestion && (
              <p>
                <strong>{t('findings.suggestion')}:</strong> {names.text(f.suggestion.key, f.suggestion.params)}
              </p>
            )}
          </article>
        ))}
        {result.findings.findings.length === 0 && <p>{t('findings.none')}</p>}
        {result.findings.findings.length > REPORT_FINDINGS && (
          <p className="report-note" data-testid="report-more-findings">
            {t('report.moreFindings', { shown: REPORT_FINDINGS, count: result.findings.findings.length })}
          </p>
        )}
      </section>
      {hasPlan && (
        <section className="report-page report-plan" data-testid="report-plan">
          <h2>{t('plan.title')}</h2>
          <p>{t('plan.intro')}</p>
          <PlanList result={result} editable={false} />
        </section>
      )}
      {groups.length > 0 && (
        <section className="report-page">
          <h2>{t('net.blockMatrix')}</h2>
          {groups.length > REPORT_MATRIX_GROUPS ? (
            <p data-testid="report-matrix-too-large">{t('report.matrixTooLarge', { count: groups.length })}</p>
          ) : (
            <>
              <p>{t('net.blockMatrixIntro').split('.').slice(0, 2).join('.')}.</p>
              <table className="report-matrix">
                <thead>
                  <tr>
                    <th>{t('net.fromTo')}</th>
                    {groups.map((g) => (
                      <th key={g.label}>{g.label}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {groups.map((from) => (
                    <tr key={from.label}>
                      <th>{from.label}</th>
                      {groups.map((to) => (
                        <td key={to.label} style={shade(density.get(`${from.label}\u0000${to.label}`) ?? null)}>
                          {formatPercent(locale, density.get(`${from.label}\u0000${to.label}`) ?? null)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h2>{t('report.methods')}</h2>
          <dl className="report-methods">
            {METHODS.map(([label, explain]) => (
              <div key={label}>
                <dt>{tKey(label)}</dt>
                <dd>{tKey(explain)}</dd>
              </div>
            ))}
          </dl>
          <p className="report-note">{t('report.methodsNote', { transitivity: n.transitivity === null ? '—' : formatNumber(locale, n.transitivity, 2) })}</p>
        </section>
      )}
    </div>
  );
}

/** "Darker is denser": a cell's shade, printed even where the print dialog leaves out backgrounds (print.css). */
function shade(density: number | null): { backgroundColor: string; color: string } | undefined {
  if (density === null) return undefined;
  const d = Math.max(0, Math.min(1, density));
  return { backgroundColor: `rgba(9, 105, 218, ${(0.08 + 0.8 * d).toFixed(2)})`, color: d > 0.5 ? '#ffffff' : '#1f2328' };
}
