/**
 * The one small store every piece of UI state is kept in (the app, the import wizard, the
 * analysis progress): a value, a setter that tells subscribers, and a React hook that
 * re-renders only when the selected part changes (useSyncExternalStore).
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get: () => T;
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
  use: <S>(select: (value: T) => S) => S;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe,
    use: (select) => useSyncExternalStore(subscribe, () => select(value)),
  };
}
