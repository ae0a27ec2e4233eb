/**
 * The import wizard: preview first, then commit. It shows how each file was read (FileLine),
 * proposes which file is the survey and which columns mean what, lets the user change every
 * choice (SpecEditor: shape, respondent, nominations, grid columns and answer weights,
 * groups; SampleTable shows the columns used), and shows a live summary with everything that
 * did not become a tie before importing (WizardSummary).
 */
import { Modal } from '../../components/Modal';
import { useT, useTKey } from '../../state/use-t';
import { useWizard, wizardActions, type WizardState } from '../../state/wizard-store';
import { GroupDates, IdRepairs, pendingExcelQuestions } from './ExcelDamage';
import { NameDecisions } from './NameDecisions';
import { FileLine } from './FileLine';
import { SpecEditor } from './SpecEditor';
import { SampleTable } from './SampleTable';
import { Summary } from './WizardSummary';

export function ImportWizard() {
  const t = useT();
  const tKey = useTKey();
  const wizard = useWizard();
  if (!wizard) return null;
  const { inspection, request } = wizard;
  const data = inspection?.files.find((f) => f.name === request?.data.name) ?? null;
  const roster = inspection?.files.find((f) => f.name === request?.roster?.name) ?? null;
  return (
    <Modal className="wizard" labelledBy="wizard-title" testId="import-wizard" onCancel={() => wizardActions.cancel()}>
      <h2 id="wizard-title">{t(wizard.wave ? 'wave.wizardTitle' : 'wizard.title')}</h2>
      {!inspection && wizard.busy && (
        <p className="muted" data-testid="wizard-reading">
          {t('wizard.reading')}
        </p>
      )}
      {wizard.wave && inspection && <WaveNotice wave={wizard.wave} />}
      {inspection && request && data && (
        <div className="wizard-body">
          {inspection.proposalError && (
            <p className="notice warning" data-testid="wizard-guess">
              {t('wizard.guess')} {tKey(inspection.proposalError.key, inspection.proposalError.params)}
            </p>
          )}
          <section>
            <h3>{t('wizard.files')}</h3>
            {inspection.files.map((f) => (
              <FileLine key={f.name} file={f} isSurvey={f.name === data.name} several={inspection.files.length > 1} />
            ))}
          </section>
          <SpecEditor request={request} data={data} roster={roster} />
          {wizard.preview && request.roster && <IdRepairs request={request} preview={wizard.preview} />}
          {wizard.preview && request.roster && <GroupDates request={request} preview={wizard.preview} />}
          {wizard.preview && request.roster && <NameDecisions request={request} preview={wizard.preview} />}
          <section>
            <h3>{t('wizard.preview')}</h3>
            <SampleTable file={data} request={request} />
          </section>
        </div>
      )}
      <Summary wizard={wizard} />
      <div className="modal-actions">
        <button type="button" onClick={() => wizardActions.cancel()} data-testid="wizard-cancel">
          {t('wizard.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          // Held while a question is open: what Excel damaged, or numbers nobody has said the meaning of (as the CLI refuses them).
          disabled={
            !wizard.preview ||
            wizard.busy ||
            (request !== null && pendingExcelQuestions(wizard.preview, request) > 0) ||
            wizard.preview.report.items.some((i) => i.kind === 'choice-code')
          }
          onClick={() => wizardActions.commit()}
          data-testid="wizard-import"
        >
          {t(wizard.wave ? 'wave.add' : 'wizard.import')}
        </button>
      </div>
    </Modal>
  );
}

function WaveNotice({ wave }: { wave: NonNullable<WizardState['wave']> }) {
  const t = useT();
  return (
    <div className={`notice ${wave.reused ? '' : 'warning'}`} data-testid="wave-notice">
      <p>{wave.reused ? t('wave.reused') : t('wave.notReused', { columns: wave.missing.join(', ') || '—' })}</p>
      <label>
        {t('wave.date')} <input type="date" value={wave.date} onChange={(e) => wizardActions.setWaveDate(e.target.value)} data-testid="wave-date" />
      </label>
    </div>
  );
}

/** A choice Talkmap makes by itself unless the user picks one: "detect" first, then the options. */
