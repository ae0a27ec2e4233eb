/**
 * Names in the survey that are not on the roster: for each, ranked suggestions and the
 * whole roster to choose from, or "add as a person outside the roster", or "leave out".
 * Nothing is matched without the user's choice; choices travel with the import.
 * At scale (thousands of names, a roster of thousands): suggestions come with the preview from the
 * worker (undecided-suggestions.ts: an index built once), the list shows DECISIONS_SHOWN names at a time, and above
 * LARGE_ROSTER people the whole roster is one shared list to type in rather than a menu per row.
 */
import { useMemo, useState } from 'react';
import { sortByName } from '../../../shared/present/sort-names';
import type { ImportRequest } from '../../../shared/import/import-files';
import type { NameDecision } from '../../../shared/import/import-spec';
import { isChoiceCode } from '../../../shared/import/choice-code';
import { nameKey } from '../../../shared/import/name-key';
import { rosterPeople } from '../../../shared/import/undecided-suggestions';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';
import { ShowMore, useShownCount } from '../../components/ShowMore';

export const DECISIONS_SHOWN = 50;
/** Above this many people on the roster, the whole list is typed into (one shared list) instead of a menu in every row. */
export const LARGE_ROSTER = 400;

export function NameDecisions({ request, preview }: { request: ImportRequest; preview: AnalysisResult }) {
  const t = useT();
  const decisions = request.decisions ?? {};
  const written = useMemo(() => {
    const found = new Map<string, string>();
    // A grid's numbered answers are weighed in the scale, not matched to people.
    const codesArePeople = request.spec.shape !== 'rating-grid';
    for (const item of preview.report.items) {
      if (
        item.kind === 'unmatched-name' ||
        item.kind === 'ambiguous-name' ||
        item.kind === 'name-mapped' ||
        item.kind === 'outside-person' ||
        item.kind === 'unknown-respondent' ||
        (item.kind === 'choice-code' && codesArePeople)
      ) {
        const key = nameKey(item.value);
        if (!found.has(key)) found.set(key, item.value);
      }
    }
    return found;
  }, [preview, request.spec.shape]);
  const { sorted, labelOf, idOfLabel } = useMemo(() => {
    const onRoster = new Set(rosterPeople(preview.network.people).map((p) => p.id));
    const roster = preview.network.people.filter((p) => onRoster.has(p.id)).map((p) => ({ id: p.id, name: p.name, attributes: p.attributes }));
    const ordered = sortByName(roster, (p) => p.name);
    // Two people with one name are told apart by their group and role (or id).
    const seen = new Set<string>();
    const sameName = new Set(ordered.filter((p) => seen.has(p.name) || !seen.add(p.name)).map((p) => p.name));
    const label = new Map(
      ordered.map((p) => [p.id, sameName.has(p.name) ? `${p.name} — ${Object.values(p.attributes).filter(Boolean).join(', ') || p.id}` : p.name]),
    );
    return { sorted: ordered, labelOf: label, idOfLabel: new Map([...label].map(([id, l]) => [l, id])) };
  }, [preview]);
  const [shown, setShown] = useShownCount(DECISIONS_SHOWN, preview);
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [listWanted, setListWanted] = useState(false);
  if (written.size === 0) return null;
  const large = sorted.length > LARGE_ROSTER;
  const encode = (d: NameDecision | undefined): string => (!d ? '' : d.action === 'map' ? `map:${d.id}` : d.action);
  const decode = (v: string): NameDecision | null =>
    v === '' ? null : v === 'add' ? { action: 'add' } : v === 'ignore' ? { action: 'ignore' } : { action: 'map', id: v.slice(4) };
  const decide = (key: string, d: NameDecision | null) => {
    const next = { ...decisions };
    if (d) next[key] = d;
    else delete next[key];
    void wizardActions.update({ ...request, decisions: next });
  };
  // Names first (in the order met), then the numbers in their order.
  const rows = [...written]
    .sort(([, a], [, b]) => Number(isChoiceCode(a)) - Number(isChoiceCode(b)) || (isChoiceCode(a) && isChoiceCode(b) ? Number(a) - Number(b) : 0))
    .slice(0, shown);
  return (
    <section data-testid="name-decisions">
      <h3>{t('wizard.names')}</h3>
      <p className="muted">{t('wizard.namesHint')}</p>
      {preview.report.items.some((i) => i.kind === 'unknown-respondent') && (
        <p className="muted" data-testid="respondent-hint">
          {t('wizard.respondentHint')}
        </p>
      )}
      {[...written.values()].some(isChoiceCode) && (
        <p className="muted" data-testid="codes-hint">
          {t('wizard.codesHint')}
        </p>
      )}
      {large && (
        // Thousands of options are drawn only once someone types a name (the list is not needed before).
        <datalist id="talkmap-roster-names">{listWanted && sorted.map((p) => <option key={p.id} value={labelOf.get(p.id)} />)}</datalist>
      )}
      <table className="decisions">
        <tbody>
          {rows.map(([key, name]) => {
            // A number is a code: no suggestion, never a person of its own (choice-code.ts).
            const code = isChoiceCode(name);
            // Computed in the worker with the preview (undecided-suggestions.ts); a code gets none.
            const suggestions = code ? [] : (preview.suggestions?.[key] ?? []);
            const decided = decisions[key];
            const mapped = decided?.action === 'map' ? decided.id : null;
            const offered = new Set(suggestions.map((s) => s.id));
            return (
              <tr key={key}>
                <th scope="row">{code ? t('wizard.codeLabel', { code: name }) : name}</th>
                <td>
                  <select value={encode(decided)} aria-label={name} data-testid={`decide-${key}`} onChange={(e) => decide(key, decode(e.target.value))}>
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
                    {large ? (
                      mapped !== null && !offered.has(mapped) && <option value={`map:${mapped}`}>{labelOf.get(mapped) ?? mapped}</option>
                    ) : (
                      <optgroup label={t('wizard.everyone')}>
                        {sorted.map((p) => (
                          <option key={p.id} value={`map:${p.id}`}>
                            {labelOf.get(p.id)}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    {!code && <option value="add">{t('wizard.addOutside')}</option>}
                    <option value="ignore">{t('wizard.leaveOut')}</option>
                  </select>
                  {large && (
                    <input
                      type="text"
                      list="talkmap-roster-names"
                      className="decide-other"
                      placeholder={t('wizard.typeName')}
                      aria-label={t('wizard.typeNameFor', { name })}
                      value={typing[key] ?? ''}
                      data-testid={`decide-type-${key}`}
                      onFocus={() => setListWanted(true)}
                      onChange={(e) => {
                        const value = e.target.value;
                        setTyping({ ...typing, [key]: value });
                        const id = idOfLabel.get(value);
                        if (id) decide(key, { action: 'map', id });
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore shown={shown} total={written.size} step={DECISIONS_SHOWN} initial={DECISIONS_SHOWN} onChange={setShown} testId="decisions-more" />
    </section>
  );
}
