/**
 * What each command does and when it can: the renderer's half of the command table
 * (shared/commands/command-list.ts has the ids, labels and shortcuts). Buttons, the
 * keyboard (useCommandShortcuts) and — in the desktop app — the native menu all run
 * commands through here, so a command behaves the same wherever it is started from.
 */
import { useEffect } from 'react';
import { COMMANDS, matches, type CommandId } from '../../shared/commands/command-list';
import { hostApi } from '../bridge/host-api';
import { showHostError } from '../bridge/host-error';
import { actions, getState, shownResult, subscribe, type AppState } from '../state/app-store';
import { confirmReplace, openProject, redoReplace, saveProject, undoReplace } from '../state/project-actions';
import { openSurveyKit } from '../state/kit-store';
import { openMeetingPrepare } from '../state/meeting-prepare-store';
import { openShortcutHelp } from '../state/help-store';
import { wizardActions } from '../state/wizard-store';
import { meetingComparison, meetingSteps } from '../features/meeting/meeting-steps';

interface CommandAction {
  enabled: (state: AppState) => boolean;
  run: () => void | Promise<void>;
}

const hasNetwork = (s: AppState): boolean => shownResult(s) !== null;
const inMeeting = (s: AppState): boolean => s.meeting !== null && shownResult(s) !== null;

function step(by: number): void {
  const { meeting } = getState();
  const result = shownResult(getState());
  if (meeting === null || !result) return;
  actions.setMeeting(Math.max(0, Math.min(meeting + by, meetingSteps(result, getState().project.deck, meetingComparison(getState())).length - 1)));
}

const ACTIONS: Record<CommandId, CommandAction> = {
  'survey.open': {
    enabled: (s) => s.meeting === null,
    run: async () => {
      if (!(await confirmReplace())) return;
      const answer = await hostApi().openImportFiles({ purpose: 'survey' });
      if (!answer.ok) return showHostError(answer.error);
      if (answer.value.files.length > 0) await wizardActions.start(answer.value.files);
    },
  },
  'project.open': { enabled: (s) => s.meeting === null, run: () => openProject() },
  'project.save': { enabled: hasNetwork, run: () => void saveProject() },
  'project.saveAs': { enabled: hasNetwork, run: () => void saveProject({ saveAs: true }) },
  // Undo goes back through the view's changes, then to the work a new import or open replaced.
  'view.undo': {
    enabled: (s) => (s.history.length > 0 || s.replaced !== null) && s.meeting === null,
    run: () => (getState().history.length > 0 ? actions.undo() : undoReplace()),
  },
  'view.redo': {
    enabled: (s) => (s.future.length > 0 || s.undone !== null) && s.meeting === null,
    run: () => (getState().future.length > 0 ? actions.redo() : redoReplace()),
  },
  'map.find': {
    enabled: (s) => hasNetwork(s) && s.meeting === null,
    run: () => (document.querySelector('[data-testid=search]') as HTMLInputElement | null)?.focus(),
  },
  // First the leader chooses what the meeting shows (MeetingPrepare.tsx); its Start begins.
  'meeting.start': {
    enabled: (s) => hasNetwork(s) && s.meeting === null,
    run: () => openMeetingPrepare(),
  },
  'meeting.next': { enabled: inMeeting, run: () => step(1) },
  'meeting.previous': { enabled: inMeeting, run: () => step(-1) },
  'meeting.exit': { enabled: inMeeting, run: () => actions.setMeeting(null) },
  'help.shortcuts': { enabled: () => true, run: () => openShortcutHelp() },
  'survey.kit': { enabled: (s) => s.meeting === null, run: () => openSurveyKit() },
};

export function isEnabled(id: CommandId, state: AppState = getState()): boolean {
  return ACTIONS[id].enabled(state);
}

/** Runs a command if it can run now; true when it did. */
export function runCommand(id: CommandId): boolean {
  if (!isEnabled(id)) return false;
  void ACTIONS[id].run();
  return true;
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** The keyboard shortcuts of every command, from one listener (mounted once, by the app). */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      // An open dialog (the import wizard, a question) has the keyboard: no command runs behind it.
      if (document.querySelector('dialog[open]')) return;
      const typing = typingIn(event.target);
      for (const command of COMMANDS) {
        if (typing && !command.whileTyping) continue;
        if (!command.shortcuts.some((s) => matches(s, event))) continue;
        if (!isEnabled(command.id)) continue;
        event.preventDefault();
        runCommand(command.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The desktop app's native menu follows the page: its language and which commands can
 * run now are sent to main whenever they change; a menu click comes back as a command id
 * and runs here like a button. A project file the system asked to open (double-click,
 * second start) is opened after the unsaved-work question. In a browser these are no-ops.
 */
export function useHostMenu(): void {
  useEffect(() => {
    const host = hostApi();
    let last = '';
    const sync = (): void => {
      const state = getState();
      const enabled = COMMANDS.filter((c) => isEnabled(c.id, state)).map((c) => c.id);
      const key = `${state.locale}|${enabled.join(',')}`;
      if (key === last) return;
      last = key;
      void host.setMenu({ locale: state.locale, enabled });
    };
    sync();
    const stopState = subscribe(sync);
    const stopMenu = host.onMenuCommand((id) => {
      const command = COMMANDS.find((c) => c.id === id);
      if (command) runCommand(command.id);
    });
    const stopIncoming = host.onIncomingProject(() => void openProject({ incoming: true }));
    // A file double-clicked to start the app may have been announced before this listener
    // existed: ask once (nothing waiting: nothing happens).
    void openProject({ incoming: true });
    return () => {
      stopState();
      stopMenu();
      stopIncoming();
    };
  }, []);
}
