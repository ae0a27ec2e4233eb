/**
 * The File menu: open a project (or one of the recent ones), save it in place or under
 * another name, and delete the project's data from this computer (file, backup, lock and
 * autosaved copy) after a confirmation.
 */
import { setStatus } from '../../state/status-store';
import { useRef, useState } from 'react';
import { hostApi } from '../../bridge/host-api';
import { useAppState, shownResult } from '../../state/app-store';
import { confirmReplace, deleteProjectData, openProject } from '../../state/project-actions';
import { showHostError } from '../../bridge/host-error';
import { runCommand } from '../../commands/registry';
import { useT } from '../../state/use-t';

export function FileMenu({ onLog }: { onLog: (file: { name: string; bytes: Uint8Array }) => void }) {
  const t = useT();
  const hasResult = useAppState((s) => shownResult(s) !== null);
  const [recent, setRecent] = useState<{ name: string; folder: string }[]>([]);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const save = (saveAs: boolean) => {
    close();
    runCommand(saveAs ? 'project.saveAs' : 'project.save');
  };
  return (
    <details
      ref={menu}
      className="export-menu file-menu"
      data-menu
      data-testid="file-menu"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open)
          void hostApi()
            .recentProjects({})
            .then((answer) => setRecent(answer.ok ? answer.value.files : []));
      }}
    >
      <summary>{t('file.menu')}</summary>
      <div className="export-body file-body">
        <button type="button" onClick={() => (close(), runCommand('survey.kit'))} data-testid="open-survey-kit">
          {t('kit.menu')}
        </button>
        <button type="button" onClick={() => (close(), runCommand('project.open'))} data-testid="open-project">
          {t('toolbar.openProject')}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            void (async () => {
              if (!(await confirmReplace())) return;
              const answer = await hostApi().openLogFile({});
              if (!answer.ok) showHostError(answer.error);
              else if (answer.value.file) onLog(answer.value.file);
            })();
          }}
          data-testid="open-log"
        >
          {t('log.open')}
        </button>
        {recent.length > 0 && (
          <div className="recent" data-testid="recent-projects">
            <div className="menu-heading">{t('file.recent')}</div>
            {recent.map((r, i) => (
              <button
                key={`${r.folder}/${r.name}`}
                type="button"
                title={r.folder}
                onClick={() => (close(), void openProject({ recent: i }))}
                data-testid={`recent-${i}`}
              >
                {r.name}
              </button>
            ))}
          </div>
        )}
        <button type="button" disabled={!hasResult} onClick={() => save(false)} data-testid="save-project">
          {t('file.save')}
        </button>
        <button type="button" disabled={!hasResult} onClick={() => save(true)} data-testid="save-project-as">
          {t('file.saveAs')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            close();
            if (!window.confirm(t('file.deleteConfirm'))) return;
            void deleteProjectData().then((removed) => {
              if (removed) setStatus(removed.length > 0 ? t('file.deleted', { files: removed }) : t('file.deletedNothing'));
            });
          }}
          data-testid="delete-project"
        >
          {t('file.delete')}
        </button>
      </div>
    </details>
  );
}
