/**
 * The side panel's tabs as the ARIA tabs pattern: one tab stop (the chosen tab), arrow
 * keys move to the previous or next tab and choose it, Home and End the first and last.
 */
import { useRef, type KeyboardEvent } from 'react';

export interface PanelTabsProps<T extends string> {
  tabs: readonly T[];
  active: T;
  label: (id: T) => string;
  onChoose: (id: T) => void;
}

export function PanelTabs<T extends string>({ tabs, active, label, onChoose }: PanelTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = tabs.indexOf(active);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    event.preventDefault();
    // Not a meeting-mode arrow: the key belongs to the tabs.
    event.stopPropagation();
    const next = tabs[to] as T;
    onChoose(next);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div role="tablist" className="tabs" ref={list} onKeyDown={onKey}>
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          data-tab={id}
          aria-selected={active === id}
          aria-controls={`panel-${id}`}
          tabIndex={active === id ? 0 : -1}
          className={active === id ? 'active' : ''}
          onClick={() => onChoose(id)}
          data-testid={`tab-${id}`}
        >
          {label(id)}
        </button>
      ))}
    </div>
  );
}
