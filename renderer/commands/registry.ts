/**
 * What each command does and when it can: the renderer's half of the command table
 * (shared/commands/command-list.ts has the ids, labels and shortcuts). Buttons, the
 * keyboard (useCommandShortcuts) and — in the desktop app — the native menu all run
 * commands through here, so a command behaves the same wherever it is started from.
 */
import { useEffect } from 'react';
import { COMMANDS, matches, type CommandId } from '../../shared/commands/command-list';
import { t } from '../../shared/i18n/translate';
import { hostApi } from '../bridge/host-api';
import { actions, getState, type AppState } from '../state/app-store';
import { openProject, saveProject } from '../state/project-actions';
import { wizardActions } from '../state/wizard-store';
import { meetingSteps } from '../features/meeting/meeting-steps';

export interface CommandContext {
  /** Shows a short message in the top bar (e.g. where a project was saved). */
  onStatus: (message: string) => void;
}

interface CommandAction {
  enabled: (state: AppState) => boolean;
  run: (context: CommandContext) => void | Promise<void>;
}

const hasNetwork = (s: AppState): boolean => s.result !== null;
const inMeeting = (s: AppState): boolean => s.meeting !== null && s.result !== null;

async function save(saveAs: boolean, context: CommandContext): Promise<void> {
  const name = await saveProject({ saveAs });
  if (name) context.onStatus(t(getState().locale, 'toolbar.saved', { file: name }));
}

function step(by: number): void {
  const { meeting, result } = getState();
  if (meeting === null || !result) return;
  actions.setMeeting(Math.max(0, Math.min(meeting + by, meetingSteps(result).length - 1)));
}

const ACTIONS: Record<CommandId, CommandAction> = {
  'survey.open': {
    enabled: (s) => s.meeting === null,
    run: async () => {
      const answer = await hostApi().openImportFiles({ purpose: 'survey' });
      if (!answer.ok) return actions.showError(answer.error.code === 'too-many-files' ? 'import.error.tooManyFiles' : 'app.error', { message: answer.error.message });
      if (answer.value.files.length > 0) await wizardActions.start(answer.value.files);
    },
  },
  'project.open': { enabled: (s) => s.meeting === null, run: () => openProject() },
  'project.save': { enabled: hasNetwork, run: (context) => save(false, context) },
  'project.saveAs': { enabled: hasNetwork, run: (context) => save(true, context) },
  'view.undo': { enabled: (s) => s.history.length > 0 && s.meeting === null, run: () => actions.undo() },
  'view.redo': { enabled: (s) => s.future.length > 0 && s.meeting === null, run: () => actions.redo() },
  'map.find': { enabled: (s) => hasNetwork(s) && s.meeting === null, run: () => (document.querySelector('[data-testid=search]') as HTMLInputElement | null)?.focus() },
  'meeting.start': {
    enabled: (s) => hasNetwork(s) && s.meeting === null,
    run: () => {
      actions.setMeeting(0);
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
  },
  'meeting.next': { enabled: inMeeting, run: () => step(1) },
  'meeting.previous': { enabled: inMeeting, run: () => step(-1) },
  'meeting.exit': { enabled: inMeeting, run: () => actions.setMeeting(null) },
};

export function isEnabled(id: CommandId, state: AppState = getState()): boolean {
  return ACTIONS[id].enabled(state);
}

/** Runs a command if it can run now; true when it did. */
export function runCommand(id: CommandId, context: CommandContext): boolean {
  if (!isEnabled(id)) return false;
  void ACTIONS[id].run(context);
  return true;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
}

/** The keyboard shortcuts of every command, from one listener (mounted once, by the app). */
export function useCommandShortcuts(context: CommandContext): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const typing = typingIn(event.target);
      for (const command of COMMANDS) {
        if (typing && !command.whileTyping) continue;
        if (!command.shortcuts.some((s) => matches(s, event))) continue;
        if (!isEnabled(command.id)) continue;
        event.preventDefault();
        runCommand(command.id, context);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [context]);
}
