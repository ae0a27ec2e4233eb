/**
 * "Save your changes first?" — asked before new work replaces unsaved work. Save is the
 * default button; Esc cancels.
 */
import { useUnsavedQuestion } from '../state/question-store';
import { useT } from '../state/use-t';
import { Modal } from './Modal';

export function UnsavedQuestion() {
  const t = useT();
  const question = useUnsavedQuestion();
  if (!question) return null;
  return (
    <Modal className="question" labelledBy="unsaved-title" testId="unsaved-question" onCancel={() => question.answer('cancel')}>
      <h2 id="unsaved-title">{t('unsaved.title')}</h2>
      <p>{t('unsaved.body')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => question.answer('cancel')} data-testid="unsaved-cancel">
          {t('unsaved.cancel')}
        </button>
        <button type="button" onClick={() => question.answer('discard')} data-testid="unsaved-discard">
          {t('unsaved.discard')}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => question.answer('save')} data-testid="unsaved-save">
          {t('unsaved.save')}
        </button>
      </div>
    </Modal>
  );
}
