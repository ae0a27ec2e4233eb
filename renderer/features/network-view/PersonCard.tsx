/**
 * The detail card for the selected person: figures, who names them, whom they name,
 * and the findings that mention them.
 */
import { compareNames } from '../../../shared/present/sort-names';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { formatNumber } from '../../../shared/i18n/translate';
import { actions, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { bridgeLevels } from '../../../shared/present/bridge-level';

export function PersonCard({ result, id }: { result: AnalysisResult; id: string }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const naming = useNames(result);
  const meView = useAppState((s) => s.meView);
  const person = result.analysis.nodes.find((n) => n.id === id);
  if (!person) return null;
  const namedBy = result.network.ties
    .filter((x) => x.target === id)
    .map((x) => naming.nameOf(x.source))
    .sort((a, b) => compareNames(a, b));
  const names = result.network.ties
    .filter((x) => x.source === id)
    .map((x) => naming.nameOf(x.target))
    .sort((a, b) => compareNames(a, b));
  const findings = result.findings.findings.filter(
    (f) => f.people[0] === id || (f.kind !== 'weak-group-link' && f.people.includes(id) && f.people.length === 1),
  );
  return (
    <aside className="person-card" aria-label={naming.nameOf(person.id)} data-testid="person-card">
      <button type="button" className="close" onClick={() => actions.selectPerson(null)} aria-label={t('person.close')}>
        ×
      </button>
      <h3>{naming.nameOf(person.id)}</h3>
      {meView !== person.id && (
        <button type="button" className="link-button" onClick={() => actions.setMeView(person.id)} data-testid="me-view-start">
          {t('me.start')}
        </button>
      )}
      <p className="muted">{[person.group, naming.roleOf(person.id)].filter(Boolean).join(' · ')}</p>
      <dl className="figures">
        <dt>{t('col.inDegree')}</dt>
        <dd>{person.inDegree}</dd>
        <dt>{t('col.outDegree')}</dt>
        <dd>{person.outDegree ?? t('people.didNotRespond')}</dd>
        <dt>{t('col.bridge')}</dt>
        <dd title={`${t('col.betweenness')}: ${person.betweenness === null ? '—' : formatNumber(locale, person.betweenness, 1)}`} data-testid="person-bridge">
          {t(`bridge.${bridgeLevels(result.analysis.nodes).get(person.id) ?? 'none'}`)}
        </dd>
      </dl>
      <h4>{t('person.namedBy', { count: namedBy.length })}</h4>
      <p>{namedBy.join(', ') || '—'}</p>
      <h4>{t('person.names', { count: names.length })}</h4>
      <p>{person.outDegree !== null ? names.join(', ') || '—' : t('value.unknown')}</p>
      {findings.length > 0 && (
        <>
          <h4>{t('tabs.findings')}</h4>
          <ul>
            {findings.map((f) => (
              <li key={f.id}>{naming.text(f.message.key, f.message.params)}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
