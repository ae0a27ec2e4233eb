/**
 * Exposes `window.talkmap`: one function per IPC channel, built from the contract's
 * channel list, and one listener per host event. No generic send(channel) or on(channel)
 * — the page can call these and nothing else, and a listener receives only the event's
 * value (a command id as text, or nothing), never Electron's event object.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, type Channel, type HostEvent } from '../../shared/ipc/channels';

const api: Record<string, unknown> = {};
for (const channel of Object.keys(CHANNELS) as Channel[]) {
  api[CHANNELS[channel]] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
for (const event of Object.keys(EVENTS) as HostEvent[]) {
  api[EVENTS[event]] = (listener: (payload: unknown) => void) => {
    if (typeof listener !== 'function') return () => undefined;
    const relay = (_event: unknown, payload: unknown): void => listener(typeof payload === 'string' ? payload.slice(0, 100) : null);
    ipcRenderer.on(event, relay);
    return () => void ipcRenderer.removeListener(event, relay);
  };
}

contextBridge.exposeInMainWorld('talkmap', Object.freeze(api));
