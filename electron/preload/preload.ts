/**
 * Exposes `window.talkmap`: one function per IPC channel, built from the contract's
 * channel list. No generic send(channel) — the page can call these and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';

const api: Record<string, (request: unknown) => Promise<unknown>> = {};
for (const channel of Object.keys(CHANNELS) as Channel[]) {
  api[CHANNELS[channel]] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

contextBridge.exposeInMainWorld('talkmap', Object.freeze(api));
