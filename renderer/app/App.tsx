/**
 * The main screen: a top bar (dataset, open, language), the map on the left and the
 * findings / people / network / import-report panel on the right. Files can be opened
 * through the host's dialog or dropped anywhere on the window.
 */
import type { AnalysisResult } from '../../shared/pipeline/run-analysis';
import { surveyQuestion } from '../../shared/import/survey-question';
import { runCommand, useCommandShortcuts, useHostMenu } from '../commands/registry';
import { AnalysisProgress } from '../components/ProgressLine';
import { useDeferredValue, useEffect, useState, type DragEvent } from 'react';
import { flushSync } from 'react-dom';
import { ANONYMISE_MODES, type AnonymiseMode } from '../../shared/present/anonymise';
import { readBrowserFiles } from '../bridge/web-host';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PrivacyNotice } from '../components/PrivacyNotice';
import { FindingsPanel } from '../features/findings/FindingsPanel';
import { ImportReportView } from '../features/import-report/ImportReportView';
import { NetworkMap } from '../features/network-view/NetworkMap';
import { PeopleTable } from '../features/people-table/PeopleTable';
import { NetworkSummary } from '../features/summary/NetworkSummary';
import { actions, activeJob, getState, useAppState, type PanelTab, shownResult } from '../state/app-store';
import { wizardActions } from '../state/wizard-store';
import { closeProject, confirmReplace, openDroppedProject } from '../state/project-actions';
import { setStatus, useStatus } from '../state/status-store';
import { UnsavedQuestion } from '../components/UnsavedQuestion';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { SurveyKitDialog } from '../features/survey-kit/SurveyKitDialog';
import { MeetingPrepare } from '../features/meeting/MeetingPrepare';
import { adoptComputerLocale } from '../state/csv-preference';
import { hostApi } from '../bridge/host-api';
import { PanelTabs } from '../components/PanelTabs';
import { useDropdownMenus } from '../components/use-dropdown-menus';
import { ReadOnlyBanner } from '../features/project/ReadOnlyBanner';
import { ReidentifyNotice } from '../features/privacy/ReidentifyNotice';
import { markClean } from '../state/autosave';
import { FileMenu } from '../features/project/FileMenu';
import { LogImportDialog } from '../features/log-import/LogImportDialog';
import { RecoveryBanner } from '../features/project/RecoveryBanner';
import { ImportWizard } from '../features/import-wizard/ImportWizard';
import { ExportMenu } from '../features/export/ExportMenu';
import { MeetingCaption } from '../features/meeting/MeetingCaption';
import { Report } from '../features/report/Report';
import { requestReport } from '../features/report/request-report';
import { useT, useTKey } from '../state/use-t';
import { CompareMap } from '../features/compare/CompareMap';
import { WavesPanel } from '../features/waves/WavesPanel';
import { GroupMap } from '../features/network-view/GroupMap';
import { opensAtGroupLevel } from '../map/drawing-mode';
import { summaryBy } from '../features/network-view/group-summary';

const TABS: PanelTab[] = ['findings', 'people', 'network', 'waves', 'import'];

export function App() {
  const t = useT();
  const tKey = useTKey();
  // One selector per field: the app re-renders only for what it shows, not for every change.
  const phase = useAppState((s) => s.phase);
  const result = useAppState(shownResult);
  const isDemo = useAppState((s) => s.project.isDemo);
  const error = useAppState((s) => s.error);
  const tab = useAppState((s) => s.tab);
  const locale = useAppState((s) => s.locale);
  const anonymise = useAppState((s) => s.anonymise);
  const meeting = useAppState((s) => s.meeting);
  const report = useAppState((s) => s.report);
  const meView = useAppState((s) => s.meView);
  const panelHidden = useAppState((s) => s.panelHidden);
  const job = useAppState(activeJob);
  const compare = useAppState((s) => s.project.compare);
  const waves = useAppState((s) => s.project.waves);
  const groupMap = useAppState((s) => s.view.groupMap);
  const summary = result ? summaryBy(result) : null;
  const groupLevel = summary !== null && result !== null && (groupMap ?? opensAtGroupLevel(result.analysis.nodes.length, result.network.ties.length));
  const compareBefore = compare && compare.before !== compare.after ? waves.find((w) => w.id === compare.before)?.result : null;
  const compareAfter = compare && compare.before !== compare.after ? waves.find((w) => w.id === compare.after)?.result : null;
  // The side panel follows a new result a moment after the map: its first render for
  // thousands of people is then done in small steps instead of one long freeze.
  const panelResult = useDeferredValue(result);
  const [dragging, setDragging] = useState(false);
  const savedAs = useStatus();
  const [log, setLog] = useState<{ name: string; bytes: Uint8Array } | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    const question = job?.kind === 'request' ? surveyQuestion(job.request) : null;
    document.title = result && !isDemo ? `Talkmap — ${question ?? result.source.files.join(', ')}` : `Talkmap — ${t('demo.school')}`;
  }, [locale, result, isDemo, t, job]);

  // Leaving meeting mode (Esc, the button, the menu) leaves full screen too.
  useEffect(() => {
    if (meeting === null && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [meeting]);

  // The browser's own print command (Ctrl+P) prints the report too: build it first — always
  // again, so its map picture shows the names as they are now (not as when it was last built).
  useEffect(() => {
    const beforePrint = (): void => {
      if (shownResult(getState())) flushSync(() => requestReport());
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  // Every command's keyboard shortcut (renderer/commands): Ctrl+S, Ctrl+O, Ctrl+Z, "/", meeting keys…
  useCommandShortcuts();
  // File, Export and Filters close with Esc and when clicking elsewhere.
  useDropdownMenus();
  // The desktop app's native menu, and project files the system asks us to open.
  useHostMenu();
  // CSV exports follow the computer's regional format until the user chooses (Export menu).
  useEffect(() => {
    void hostApi()
      .getInfo({})
      .then((answer) => answer.ok && adoptComputerLocale(answer.value.systemLocale ?? answer.value.locale));
  }, []);

  // A dropped project opens as a project; dropped exports and rosters start the import wizard.
  const onDrop = async (event: DragEvent): Promise<void> => {
    event.preventDefault();
    setDragging(false);
    const files = await readBrowserFiles(event.dataTransfer.files).catch(() => []);
    const project = files.find((f) => /\.talkmap(\.bak)?$/i.test(f.name));
    if (project) {
      await openDroppedProject(project.name, new TextDecoder('utf-8').decode(project.bytes));
      return;
    }
    if (files.length > 0 && (await confirmReplace())) await wizardActions.start(files);
  };

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}${meeting !== null ? ' meeting' : ''}${meView ? ' me-view' : ''}${panelHidden && compare?.mode === 'side' ? ' panel-hidden' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◉
          </span>
          <span className="app-name">{t('app.name')}</span>
        </div>
        <div className="dataset">
          {isDemo ? (
            <>
              <strong>{t('demo.school')}</strong> <span className="muted">“{t('demo.question')}”</span>
              <span className="demo-badge" data-testid="demo-badge">
                {t('demo.badge')}
              </span>
            </>
          ) : (
            result && <SurveyTitle result={result} />
          )}
        </div>
        <div className="actions">
          <button type="button" onClick={() => runCommand('survey.open')} title={t('toolbar.openHint')} data-testid="open-files">
            {t('toolbar.open')}
          </button>
          <FileMenu onLog={setLog} />
          {savedAs && (
            <span className="muted" role="status" data-testid="file-status">
              {savedAs}
            </span>
          )}
          {!isDemo && (
            <button
              type="button"
              onClick={() => {
                void (async () => {
                  if (!(await confirmReplace())) return;
                  await closeProject();
                  if (await actions.openDemo()) markClean();
                })();
              }}
            >
              {t('toolbar.demo')}
            </button>
          )}
          {result && (
            <button type="button" data-testid="meeting-start" onClick={() => runCommand('meeting.start')}>
              {t('meeting.start')}
            </button>
          )}
          {result && <ExportMenu result={result} />}
          <label className="anonymise">
            <span className="sr-only">{t('anonymise.label')}</span>
            <select
              value={anonymise}
              onChange={(e) => actions.setAnonymise(e.target.value as AnonymiseMode)}
              data-testid="anonymise"
              aria-label={t('anonymise.label')}
              title={t('anonymise.label')}
            >
              {ANONYMISE_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`anonymise.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <LanguageSwitch />
        </div>
      </header>
      {meView && result && (
        <div className="me-banner" role="status" data-testid="me-banner">
          {t('me.banner', { name: result.analysis.nodes.find((n) => n.id === meView)?.name ?? '' })}
          <button type="button" onClick={() => actions.setMeView(null)} data-testid="me-view-stop">
            {t('me.stop')}
          </button>
        </div>
      )}
      <RecoveryBanner />
      <ReadOnlyBanner />
      <ReidentifyNotice />
      {phase === 'loading' && result && (
        <div className="busy-strip">
          <AnalysisProgress />
        </div>
      )}
      {error && (
        <div className="error-banner" role="alert" data-testid="error">
          {tKey(error.key, error.params)}
          <button type="button" className="link-button" onClick={() => actions.dismissError()} aria-label={t('person.close')}>
            ×
          </button>
        </div>
      )}
      <main className="workspace">
        {compare && compareBefore && compareAfter ? (
          <CompareMap before={compareBefore} after={compareAfter} choice={compare} />
        ) : groupLevel && result && meeting === null ? (
          <GroupMap result={result} chosen={groupMap === true} by={summary ?? 'group'} />
        ) : (
          <NetworkMap />
        )}
        <section className="side-panel">
          <PanelTabs tabs={TABS} active={tab} label={(id) => t(`tabs.${id}`)} onChoose={(id) => actions.setTab(id)} />
          {/* Keyed by tab: each tab opens at its top, not at the previous tab's scroll position. */}
          <div key={tab} className="tab-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
            {phase === 'loading' && !result && <AnalysisProgress />}
            {panelResult && tab === 'findings' && <FindingsPanel result={panelResult} />}
            {panelResult && tab === 'people' && <PeopleTable result={panelResult} />}
            {panelResult && tab === 'network' && <NetworkSummary result={panelResult} />}
            {panelResult && tab === 'waves' && <WavesPanel />}
            {panelResult && tab === 'import' && <ImportReportView result={panelResult} />}
          </div>
        </section>
      </main>
      {result && meeting !== null && <MeetingCaption result={result} />}
      {dragging && <div className="drop-hint">{t('toolbar.dropHint')}</div>}
      <ImportWizard />
      {log && (
        <LogImportDialog
          file={log}
          onClose={(summary) => {
            setLog(null);
            if (summary)
              setStatus(
                t('log.summary', {
                  rows: summary.rows,
                  used: summary.used,
                  outside: summary.outsideWindow + summary.otherChannel,
                  dropped: summary.rows - summary.used - summary.outsideWindow - summary.otherChannel,
                  people: summary.people,
                }),
              );
          }}
        />
      )}
      {result && report && <Report result={result} mapImage={report.image} />}
      <PrivacyNotice />
      <UnsavedQuestion />
      <ShortcutHelp />
      <SurveyKitDialog />
      <MeetingPrepare />
    </div>
  );
}

/** The survey on screen: its question as the import read it (else its files), and the files in small print. */
function SurveyTitle({ result }: { result: AnalysisResult }) {
  const t = useT();
  const job = useAppState(activeJob);
  const question = job?.kind === 'request' ? surveyQuestion(job.request) : null;
  return question ? (
    <>
      <strong data-testid="survey-question">“{question}”</strong> <span className="muted">{result.source.files.join(', ')}</span>
    </>
  ) : (
    <strong>{t('source.files', { files: result.source.files })}</strong>
  );
}
