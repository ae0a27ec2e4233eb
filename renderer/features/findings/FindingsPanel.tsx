/**
 * The findings panel: the network in a few sentences, then each finding as a short
 * sentence, most important first. Clicking one highlights it on the map and opens its
 * figures and a suggestion.
 */
import { badgeClass, badgeKey } from '../../../shared/present/finding-badge';
import { ShowMore, useShownCount } from '../../components/ShowMore';
import type { Finding } from '../../../shared/findings/types';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { formatNumber, formatList, translateKey, type Locale } from '../../../shared/i18n/translate';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState, shownResult, selectedFindingOf } from '../../state/app-store';
import { ThresholdSettings } from '../settings/ThresholdSettings';
import { useT, useTKey } from '../../state/use-t';
import { boundsText } from '../../../shared/findings/bounds';
import { useNames, type Names } from '../../state/use-names';
import { GoalEditor } from '../plan/GoalEditor';

/** Findings on screen at first; they are ordered most important first. */
const FINDINGS_SHOWN = 50;

export function FindingsPanel({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const names = useNames(result);
  const selected = useAppState(selectedFindingOf);
  const { findings, notEnoughData } = result.findings;
  const [shown, setShown] = useShownCount(FINDINGS_SHOWN, result);
  // A finding chosen on the map or in meeting mode is always in the list.
  const visible = findings.filter((f, i) => i < shown || f.id === selected);
  return (
    <div className="findings" data-testid="findings-panel">
      <div className="summary" data-testid="summary">
        {result.summary.map((s) => (
          <p key={s.key}>{names.text(s.key, s.params)}</p>
        ))}
      </div>
      <p className="muted">{t('findings.intro')}</p>
      <ThresholdSettings />
      {notEnoughData && <p className="notice">{tKey(notEnoughData.key, notEnoughData.params)}</p>}
      {!notEnoughData && result.analysis.groups.length < 2 && (
        <p className="notice warning" data-testid="findings-no-groups">
          {result.analysis.groups.length === 1 && result.network.groupAttribute
            ? t('findings.oneGroup', { group: result.analysis.groups[0]!.label, column: result.network.groupAttribute })
            : t('findings.noGroups')}
        </p>
      )}
      {!notEnoughData && findings.length === 0 && (
        <p className="notice">{t(result.analysis.groups.length < 2 ? 'findings.noneWithoutGroups' : 'findings.none')}</p>
      )}
      {selected && (
        <button type="button" className="link-button" onClick={() => actions.selectFinding(null)}>
          {t('findings.clear')}
        </button>
      )}
      <ol className="finding-list">
        {visible.map((f) => (
          <FindingItem key={f.id} finding={f} selected={f.id === selected} names={names} />
        ))}
      </ol>
      <ShowMore shown={shown} total={findings.length} step={FINDINGS_SHOWN} initial={FINDINGS_SHOWN} onChange={setShown} testId="findings-more" />
    </div>
  );
}

function FindingItem({ finding, selected, names }: { finding: Finding; selected: boolean; names: Names }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const result = useAppState(shownResult);
  const groupLabels = new Set(result?.analysis.groups.map((g) => g.label) ?? []);
  return (
    <li className={`finding severity-${finding.severity}${selected ? ' selected' : ''}`} data-kind={finding.kind}>
      <button type="button" className="finding-button" aria-pressed={selected} onClick={() => actions.selectFinding(finding.id)} data-testid="finding">
        <span className="finding-meta">
          <span className={badgeClass(finding)}>{tKey(badgeKey(finding))}</span> {t(`kind.${finding.kind}`)}
        </span>
        <span className="finding-message">{names.text(finding.message.key, finding.message.params)}</span>
      </button>
      {selected && (
        <div className="finding-detail">
          <p>{names.text(finding.detail.key, finding.detail.params)}</p>
          {finding.caveat && <p className="caveat">{names.text(finding.caveat.key, finding.caveat.params)}</p>}
          {finding.bounds && result && (
            <p className={`bounds bounds-${finding.bounds.status}`} data-testid="finding-bounds">
              {(() => {
                const text = boundsText(finding.bounds, result.analysis.network.responseRate);
                return tKey(text.key, text.params);
              })()}
            </p>
          )}
          {finding.suggestion && (
            <p className="suggestion">
              <strong>{t('findings.suggestion')}:</strong> {names.text(finding.suggestion.key, finding.suggestion.params)}
            </p>
          )}
          {result && <GoalEditor finding={finding} result={result} />}
          <details>
            <summary>{t('findings.evidence')}</summary>
            <dl className="evidence">
              {Object.entries(finding.evidence).map(([key, value]) => (
                <div key={key}>
                  <dt>{tKey(`evidence.${key}`, finding.message.params)}</dt>
                  <dd>
                    {evidenceValue(
                      locale,
                      t,
                      Array.isArray(value) ? value.map((v: string) => (names.anonymised && !groupLabels.has(v) ? names.alias(v) : v)) : value,
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
      )}
    </li>
  );
}

function evidenceValue(locale: Locale, t: (k: MessageKey) => string, value: Finding['evidence'][string]): string {
  if (value === null) return t('value.unknown');
  if (typeof value === 'number') return formatNumber(locale, value, 3);
  if (typeof value === 'string') return ['yes', 'no', 'names-many', 'named-by-many'].includes(value) ? translateKey(locale, `value.${value}`) : value;
  return value.length ? formatList(locale, value) : '—';
}
