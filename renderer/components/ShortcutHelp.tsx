/**
 * Help → Keyboard shortcuts (or "?"): every command with its keys, from the one command
 * table, plus how to reach the map, tabs and people with the keyboard.
 */
import { COMMANDS, shortcutText } from '../../shared/commands/command-list';
import { commandName } from '../../shared/commands/menu-template';
import { closeShortcutHelp, useShortcutHelp } from '../state/help-store';
import { useT, useTKey } from '../state/use-t';
import { Modal } from './Modal';

const MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Keys as printed on keyboards: arrows as arrows, Esc, Page Down, the space bar in the user's language. */
const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
};

export function ShortcutHelp() {
  const t = useT();
  const tKey = useTKey();
  const open = useShortcutHelp();
  if (!open) return null;
  return (
    <Modal className="question shortcuts" labelledBy="shortcuts-title" testId="shortcut-help" onCancel={closeShortcutHelp}>
      <h2 id="shortcuts-title">{t('help.shortcuts')}</h2>
      <table className="shortcut-table">
        <tbody>
          {COMMANDS.filter((c) => c.shortcuts.length > 0).map((c) => (
            <tr key={c.id}>
              <th scope="row">{tKey(commandName(c.id))}</th>
              <td>
                {c.shortcuts.map((s, i) => {
                  const text = s.key === ' ' ? t('keys.space') : (KEY_NAMES[s.key] ?? shortcutText(s, MAC));
                  return (
                    <span key={text}>
                      {i > 0 && ` ${t('keys.or')} `}
                      <kbd>{text}</kbd>
                    </span>
                  );
                })}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('help.keys.tabs')}</th>
            <td>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>Home</kbd> <kbd>End</kbd>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('help.keys.map')}</th>
            <td>
              <kbd>Tab</kbd> · <kbd>←</kbd> <kbd>→</kbd> · <kbd>Enter</kbd> · <kbd>Esc</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="primary" data-autofocus onClick={closeShortcutHelp} data-testid="shortcut-help-close">
          {t('help.close')}
        </button>
      </div>
    </Modal>
  );
}
