/**
 * Before the meeting: the leader chooses which findings the team sees and in which order
 * (saved with the project), then starts. Findings about one named person start off — they
 * are for a one-to-one talk — and can be switched on.
 */
import { meetingComparison } from './meeting-steps';
import { waveName } from '../waves/wave-name';
import { badgeClass, badgeKey } from '../../../shared/present/finding-badge';
import type { Finding } from '../../../shared/findings/types';
import { deckFindings, defaultDeck, isAboutOnePerson } from '../../../shared/present/meeting-deck';
import { Modal } from '../../components/Modal';
import { actions, shownResult, useAppState } from '../../state/app-store';
import { closeMeetingPrepare, useMeetingPrepareOpen } from '../../state/meeting-prepare-store';
import { useNames } from '../../state/use-names';
import { useT, useTKey } from '../../state/use-t';

export function MeetingPrepare() {
  const open = useMeetingPrepareOpen();
  const result = useAppState(shownResult);
  return open && result ? <PrepareForm findings={result.findings.findings} /> : null;
}

function PrepareForm({ findings }: { findings: Finding[] }) {
  const t = useT();
  const tKey = useTKey();
  const result = useAppState(shownResult);
  const names = useNames(result);
  const saved = useAppState((s) => s.project.deck);
  const comparison = useAppState(meetingComparison);
  const waves = useAppState((s) => s.project.waves);
  const locale = useAppState((s) => s.locale);
  const chosen = deckFindings(findings, saved).map((f) => f.id);
  const rest = findings.filter((f) => !chosen.includes(f.id));
  const set = (ids: string[]) => actions.setDeck(ids);
  const move = (id: string, by: number) => {
    const i = chosen.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= chosen.length) return;
    const next = [...chosen];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    set(next);
  };
  const start = () => {
    closeMeetingPrepare();
    actions.setMeeting(0);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const row = (f: Finding, index: number | null) => (
    <li key={f.id} className={index === null ? 'off' : ''} data-testid="prepare-finding" data-id={f.id}>
      <label>
        <input
          type="checkbox"
          checked={index !== null}
          onChange={(e) => set(e.target.checked ? [...chosen, f.id] : chosen.filter((id) => id !== f.id))}
          data-testid="prepare-include"
        />
        <span className={badgeClass(f)}>{tKey(badgeKey(f))}</span> {names.text(f.message.key, f.message.params)}
        {isAboutOnePerson(f) && <span className="muted"> · {t('meeting.prepare.personal')}</span>}
      </label>
      {index !== null && (
        <span className="prepare-order">
          <button
            type="button"
            disabled={index === 0}
            onClick={() => move(f.id, -1)}
            aria-label={t('meeting.prepare.up')}
            title={t('meeting.prepare.up')}
            data-testid="prepare-up"
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === chosen.length - 1}
            onClick={() => move(f.id, 1)}
            aria-label={t('meeting.prepare.down')}
            title={t('meeting.prepare.down')}
            data-testid="prepare-down"
          >
            ↓
          </button>
        </span>
      )}
    </li>
  );
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <Modal className="question meeting-prepare" labelledBy="prepare-title" testId="meeting-prepare" onCancel={closeMeetingPrepare}>
      <h2 id="prepare-title">{t('meeting.prepare.title')}</h2>
      {comparison ? (
        <p className="notice" data-testid="prepare-comparison">
          {t('meeting.prepare.comparison', { before: waveName(locale, waves, comparison.beforeId), after: waveName(locale, waves, comparison.afterId) })}
        </p>
      ) : (
        <p>{t('meeting.prepare.intro')}</p>
      )}
      {comparison ? null : findings.length === 0 ? (
        <p>{t('meeting.prepare.none')}</p>
      ) : (
        <>
          <p className="muted" data-testid="prepare-count">
            {t('meeting.prepare.count', { count: chosen.length, total: findings.length })}
            {findings.some(isAboutOnePerson) && ` ${t('meeting.prepare.personalNote')}`}
          </p>
          <ol className="prepare-list">
            {chosen.map((id, i) => row(byId.get(id) as Finding, i))}
            {rest.map((f) => row(f, null))}
          </ol>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={start} data-testid="meeting-prepare-start">
          {t('meeting.prepare.start')}
        </button>
        <button
          type="button"
          disabled={saved === null || saved.join('|') === defaultDeck(findings).join('|')}
          onClick={() => actions.setDeck(null)}
          data-testid="prepare-reset"
        >
          {t('meeting.prepare.reset')}
        </button>
        <button type="button" onClick={closeMeetingPrepare} data-testid="meeting-prepare-cancel">
          {t('meeting.prepare.cancel')}
        </button>
      </div>
    </Modal>
  );
}
