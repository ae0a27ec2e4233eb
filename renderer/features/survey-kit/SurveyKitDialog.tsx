/**
 * File → Make survey kit…: the question for Microsoft Forms, Google Forms, Qualtrics,
 * LimeSurvey and paper, with the team's names as the list to pick from (so nobody types a
 * name and the answers import without name decisions). The names come from the survey on
 * screen or from a roster file; the kit is saved as one .zip.
 */
import { useEffect, useState } from 'react';
import { TalkmapError } from '../../../shared/errors/talkmap-error';
import type { InputFile } from '../../../shared/import/import-files';
import { kitZip, surveyKit, type SurveyKit } from '../../../shared/survey-kit/survey-kit';
import { summariseNotes } from '../../../shared/survey-kit/kit-people';
import { hostApi } from '../../bridge/host-api';
import { showHostError } from '../../bridge/host-error';
import { Modal } from '../../components/Modal';
import { shownResult, useAppState } from '../../state/app-store';
import { currentCsvOptions } from '../../state/csv-preference';
import { closeSurveyKit, useSurveyKitOpen } from '../../state/kit-store';
import { useT, useTKey } from '../../state/use-t';
import { readyRoster, rosterOfNetwork } from './kit-roster';

const PREVIEW = 6;

export function SurveyKitDialog() {
  const open = useSurveyKitOpen();
  return open ? <KitForm /> : null;
}

function KitForm() {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const result = useAppState(shownResult);
  const isDemo = useAppState((s) => s.project.isDemo);
  const [source, setSource] = useState<'network' | 'file'>(result ? 'network' : 'file');
  const [file, setFile] = useState<InputFile | null>(null);
  const [question, setQuestion] = useState(() => t('kit.question.default'));
  const [frequency, setFrequency] = useState(false);
  const [kit, setKit] = useState<SurveyKit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const roster: InputFile | null =
    source === 'network' && result
      ? rosterOfNetwork(result.network, isDemo ? t('demo.school') : (result.source.files[1] ?? result.source.files[0] ?? 'team'))
      : source === 'file'
        ? file
        : null;

  // The kit as it would be saved, made again whenever a choice changes (it is small: one list of names).
  useEffect(() => {
    let current = true;
    setKit(null);
    setError(null);
    setSaved(null);
    if (!roster) return;
    surveyKit(roster, { locale, question, frequency, csv: currentCsvOptions() }).then(
      (made) => current && setKit(made),
      (failure: unknown) => current && setError(failure instanceof TalkmapError ? tKey(failure.code, failure.params) : String(failure)),
    );
    return () => {
      current = false;
    };
    // `roster` is rebuilt on every render; what it depends on is listed instead.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, file, result, locale, question, frequency, tKey]);

  const choose = async (): Promise<void> => {
    const answer = await hostApi().openImportFiles({ purpose: 'roster' });
    if (!answer.ok) return showHostError(answer.error);
    const picked = answer.value.files[0];
    if (!picked) return;
    try {
      setFile(await readyRoster(picked));
      setSource('file');
    } catch (failure) {
      setError(failure instanceof TalkmapError ? tKey(failure.code, failure.params) : String(failure));
    }
  };

  const save = async (): Promise<void> => {
    if (!kit) return;
    const answer = await hostApi().saveExport({ suggestedName: `${t('kit.zipName')}.zip`, content: kitZip(kit) });
    if (answer.ok && answer.value.saved) setSaved(answer.value.fileName);
    else if (!answer.ok) showHostError(answer.error);
  };

  const names = kit?.people.map((p) => p.label) ?? [];
  return (
    <Modal className="question survey-kit" labelledBy="kit-title" testId="survey-kit" onCancel={closeSurveyKit}>
      <h2 id="kit-title">{t('kit.title')}</h2>
      <p>{t('kit.intro')}</p>
      <fieldset>
        <legend>{t('kit.names')}</legend>
        <label>
          <input
            type="radio"
            name="kit-source"
            checked={source === 'network'}
            disabled={!result}
            onChange={() => setSource('network')}
            data-testid="kit-source-network"
          />{' '}
          {result ? t('kit.fromNetwork', { count: result.network.people.length }) : t('kit.noNetwork')}
        </label>
        <label>
          <input type="radio" name="kit-source" checked={source === 'file'} disabled={!file} onChange={() => setSource('file')} data-testid="kit-source-file" />{' '}
          {file ? t('kit.fromFile', { file: file.name }) : t('kit.fileNone')}{' '}
          <button type="button" onClick={() => void choose()} data-testid="kit-choose-roster">
            {t('kit.chooseRoster')}
          </button>
        </label>
      </fieldset>
      <label className="kit-question">
        {t('kit.questionLabel')}
        <textarea value={question} rows={2} onChange={(e) => setQuestion(e.target.value)} data-testid="kit-question" />
      </label>
      <label>
        <input type="checkbox" checked={frequency} onChange={(e) => setFrequency(e.target.checked)} data-testid="kit-frequency" /> {t('kit.frequencyLabel')}
      </label>
      <div className="kit-preview" role="status" data-testid="kit-preview">
        {error && <p className="error">{error}</p>}
        {kit && (
          <>
            <p>
              {t('kit.preview', { count: names.length })} {names.slice(0, PREVIEW).join(', ')}
              {names.length > PREVIEW ? ` … ${names.at(-1)}` : ''}
            </p>
            {kit.notes.length > 0 && (
              <ul>
                {summariseNotes(kit.notes).map((n) => (
                  <li key={JSON.stringify(n.params)}>{tKey(n.key, n.params)}</li>
                ))}
              </ul>
            )}
            <p className="muted">{t('kit.contents')}</p>
          </>
        )}
        {saved && <p data-testid="kit-saved">{t('kit.saved', { file: saved })}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus disabled={!kit} onClick={() => void save()} data-testid="kit-save">
          {t('kit.save')}
        </button>
        <button type="button" onClick={closeSurveyKit} data-testid="kit-close">
          {saved ? t('help.close') : t('kit.cancel')}
        </button>
      </div>
    </Modal>
  );
}
