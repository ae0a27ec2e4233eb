/**
 * Names in the survey that are not on the roster: for each, ranked suggestions and the
 * whole roster to choose from, or "add as a person outside the roster", or "leave out".
 * Nothing is matched without the user's choice; choices travel with the import.
 */
import { compareNames } from '../../../shared/present/sort-names';
import type { ImportRequest } from '../../../shared/import/import-files';
import type { NameDecision } from '../../../shared/import/import-spec';
import { nameKey } from '../../../shared/import/name-key';
import { suggestMatches } from '../../../shared/import/name-suggestions';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';

export function NameDecisions({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  const decisions = request.decisions ?? {};
  const written = new Map<string, string>();
  for (const item of preview.report.items) {
    if (item.kind === 'unmatched-name' || item.kind === 'name-mapped' || item.kind === 'outside-person') {
      const key = nameKey(item.value);
      if (!written.has(key)) written.set(key, item.value);
    }
  }
  if (written.size === 0) return null;
  const roster = preview.network.people.filter((p) => !p.outside).map((p) => ({ id: p.id, name: p.name, attributes: p.attributes }));
  const sorted = [...roster].sort((a, b) => compareNames(a.name, b.name));
  // Two people with one name are told apart by their group and role (or id).
  const seen = new Set<string>();
  const sameName = new Set(sorted.filter((p) => seen.has(p.name) || !seen.add(p.name)).map((p) => p.name));
  const encode = (d: NameDecision | undefined): string => (!d ? '' : d.action === 'map' ? `map:${d.id}` : d.action);
  const decode = (v: string): NameDecision | null =>
    v === '' ? null : v === 'add' ? { action: 'add' } : v === 'ignore' ? { action: 'ignore' } : { action: 'map', id: v.slice(4) };
  return (
    <section data-testid="name-decisions">
      <h3>{t('wizard.names')}</h3>
      <p className="muted">{t('wizard.namesHint')}</p>
      <table className="decisions">
        <tbody>
          {[...written].map(([key, name]) => {
            const suggestions = suggestMatches(name, roster);
            return (
              <tr key={key}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    value={encode(decisions[key])}
                    aria-label={name}
                    data-testid={`decide-${key}`}
                    onChange={(e) => {
                      const next = { ...decisions };
                      const d = decode(e.target.value);
                      if (d) next[key] = d;
                      else delete next[key];
                      void wizardActions.update({ ...request, decisions: next });
                    }}
                  >
                    <option value="">{t('wizard.decide')}</option>
                    {suggestions.length > 0 && (
                      <optgroup label={t('wizard.suggestions')}>
                        {suggestions.map((s) => (
                          <option key={`s${s.id}`} value={`map:${s.id}`}>
                            {t('wizard.suggestion', { name: s.name, pct: Math.round(s.score * 100) })}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={t('wizard.everyone')}>
                      {sorted.map((p) => (
                        <option key={p.id} value={`map:${p.id}`}>
                          {sameName.has(p.name) ? `${p.name} — ${Object.values(p.attributes).filter(Boolean).join(', ') || p.id}` : p.name}
                        </option>
                      ))}
                    </optgroup>
                    <option value="add">{t('wizard.addOutside')}</option>
                    <option value="ignore">{t('wizard.leaveOut')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
