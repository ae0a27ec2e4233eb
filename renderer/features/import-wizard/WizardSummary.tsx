/**
 * What the import will give, before importing: counts of people and ties, everything that
 * did not become a tie (by kind), where the groups came from, and the name decisions.
 */
import { ProgressLine } from '../../components/ProgressLine';
import { isSpecComplete } from '../../../shared/import/import-spec';
import { countByKind } from '../../../shared/import/import-report';
import { nameKey } from '../../../shared/import/name-key';
import { useT, useTKey } from '../../state/use-t';
import { type WizardState } from '../../state/wizard-store';
import { ResponseWarning } from '../../components/ResponseWarning';

export function Summary({ wizard }: { wizard: WizardState }) {
  const t = useT();
  const tKey = useTKey();
  if (wizard.error) {
    return (
      <p className="notice warning" role="alert" data-testid="wizard-error">
        {tKey(wizard.error.key, wizard.error.params)}
      </p>
    );
  }
  const preview = wizard.preview;
  if (!preview && !wizard.busy && wizard.request && !isSpecComplete(wizard.request.spec)) {
    return (
      <p className="notice" data-testid="wizard-choose-columns">
        {t('wizard.chooseColumns')}
      </p>
    );
  }
  if (!preview) return wizard.busy ? <ProgressLine label={t('busy.analysing')} fraction={wizard.progress ?? null} testId="wizard-progress" /> : null;
  const { report, analysis } = preview;
  const counts = countByKind(report);
  // Names and numbers not used, names that fit two people, respondents counted apart — each still waiting for a decision.
  const undecided = (kinds: readonly string[]) => [
    ...new Set(report.items.filter((i) => kinds.includes(i.kind) && !wizard.request?.decisions?.[nameKey(i.value)]).map((i) => i.value)),
  ];
  const unmatched = undecided(['unmatched-name']);
  const codes = [...new Set(report.items.filter((i) => i.kind === 'choice-code').map((i) => i.value))].sort((a, b) => Number(a) - Number(b));
  const ambiguous = undecided(['ambiguous-name']);
  const apart = undecided(['unknown-respondent']);
  const rate = report.responseRate;
  return (
    <section className="wizard-summary" data-testid="wizard-summary" aria-live="polite">
      <h3>{t('wizard.summary')}</h3>
      <p>
        {rate === null && wizard.request?.roster && (wizard.request.spec.shape === 'edge-list' || wizard.request.spec.shape === 'matrix')
          ? t('wizard.summaryLineUnmarked', { people: analysis.network.nodes, ties: analysis.network.arcs })
          : rate === null
            ? t('wizard.summaryLineNoRate', { people: analysis.network.nodes, ties: analysis.network.arcs, respondents: report.respondents })
            : t('wizard.summaryLine', {
                people: analysis.network.nodes,
                ties: analysis.network.arcs,
                respondents: report.respondents,
                rate: Math.round(rate * 100),
              })}
      </p>
      <GroupsFound preview={preview} request={wizard.request} />
      <ResponseWarning rate={rate} />
      {Object.keys(counts).length > 0 && (
        <ul className="counts">
          {Object.entries(counts).map(([kind, n]) => (
            <li key={kind}>
              {tKey(`report.kind.${kind}`)}: {n}
            </li>
          ))}
        </ul>
      )}
      {/* What still waits for a decision, each kind in its own words. */}
      {[
        { testId: 'wizard-unmatched', list: unmatched, text: () => t('wizard.unmatched', { names: unmatched }) },
        {
          testId: 'wizard-codes',
          list: codes,
          text: () => t(wizard.request?.spec.shape === 'rating-grid' ? 'wizard.codesWaitingGrid' : 'wizard.codesWaiting', { codes }),
        },
        { testId: 'wizard-ambiguous', list: ambiguous, text: () => t('wizard.ambiguousWaiting', { names: ambiguous }) },
        { testId: 'wizard-apart', list: apart, text: () => t('wizard.respondentsApart', { names: apart }) },
      ]
        .filter((n) => n.list.length > 0)
        .map((n) => (
          <p key={n.testId} className="notice warning" data-testid={n.testId}>
            {n.text()}
          </p>
        ))}
    </section>
  );
}

/** Where the groups came from, or plainly that there are none: without groups the weak links between them cannot show. */

function GroupsFound({ preview, request }: { preview: NonNullable<WizardState['preview']>; request: WizardState['request'] }) {
  const t = useT();
  const attribute = preview.network.groupAttribute;
  const groups = preview.analysis.groups.map((g) => g.label);
  if (!attribute || groups.length < 2) {
    return (
      <p className="notice warning" data-testid="wizard-no-groups">
        {attribute && groups.length === 1 ? t('findings.oneGroup', { group: groups[0]!, column: attribute }) : t('wizard.groupsNone')}
      </p>
    );
  }
  const fromSurvey = request !== null && request.spec.shape !== 'edge-list' && request.spec.shape !== 'matrix' && request.spec.groupColumn === attribute;
  return (
    <p data-testid="wizard-groups-found">
      {t(fromSurvey ? 'wizard.groupsFoundSurvey' : 'wizard.groupsFoundRoster', { count: groups.length, column: attribute, groups })}
    </p>
  );
}
