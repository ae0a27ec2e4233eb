// Each protection of the desktop app, with a test that fails when it is removed: leaving
// the app by navigation or redirect, new windows, <webview>, permission requests and
// checks, devices, DevTools in a packaged build, and the preload's allowlist (the page
// gets one function per contract channel and one listener per host event, nothing else).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, isAppUrl } from '../../../../electron/main/app-protocol';
import { hardenContents, hardenSession } from '../../../../electron/main/harden-contents';
import { hardenedWindowOptions } from '../../../../electron/main/window-options';
import { CHANNELS, EVENTS } from '../../../../shared/ipc/channels';

type Guard = (event: { preventDefault: () => void }, url?: string) => void;

function hardenedContents() {
  const on = new Map<string, Guard>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  hardenContents({ on: (name: string, fn: Guard) => on.set(name, fn), setWindowOpenHandler: (fn: never) => (openHandler = fn) } as never, isAppUrl);
  const prevented = (name: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    const guard = on.get(name);
    if (!guard) return false;
    guard({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { prevented, openHandler: () => openHandler };
}

describe('window contents', () => {
  it('blocks navigation to anything but the app', () => {
    const { prevented } = hardenedContents();
    expect(prevented('will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('blocks a redirect away from the app', () => {
    const { prevented } = hardenedContents();
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('refuses <webview> and every new window', () => {
    const { prevented, openHandler } = hardenedContents();
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler()?.({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
    expect(openHandler()?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});

describe('session', () => {
  const handlers = () => {
    const set: Record<string, (...args: never[]) => unknown> = {};
    hardenSession({
      setPermissionRequestHandler: (fn: never) => (set.request = fn),
      setPermissionCheckHandler: (fn: never) => (set.check = fn),
      setDevicePermissionHandler: (fn: never) => (set.device = fn),
    } as never);
    return set;
  };

  it('denies every permission request (camera, microphone, notifications …)', () => {
    const request = handlers().request as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const check = handlers().check as unknown as (c: unknown, p: string) => boolean;
    expect(check).toBeTypeOf('function');
    for (const permission of ['media', 'notifications', 'hid', 'serial', 'usb']) expect(check(null, permission)).toBe(false);
  });

  it('grants no device (USB, HID, serial, Bluetooth)', () => {
    const device = handlers().device as unknown as (details: unknown) => boolean;
    expect(device).toBeTypeOf('function');
    expect(device({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
    expect(device({ deviceType: 'hid', origin: APP_ORIGIN })).toBe(false);
  });
});

describe('window options', () => {
  it('has no DevTools in a packaged build', () => {
    expect(hardenedWindowOptions('/p.cjs', { devTools: false }).webPreferences?.devTools).toBe(false);
    expect(hardenedWindowOptions('/p.cjs').webPreferences?.devTools).toBe(false);
    expect(hardenedWindowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens where it was left, never smaller than its minimum', () => {
    const options = hardenedWindowOptions('/p.cjs', { devTools: false, bounds: { x: 40, y: 30, width: 1200, height: 800 } });
    expect(options).toMatchObject({ x: 40, y: 30, width: 1200, height: 800, minWidth: 1024, minHeight: 640 });
    expect(hardenedWindowOptions('/p.cjs')).toMatchObject({ width: 1440, height: 900 });
  });
});

describe('preload', () => {
  const exposed: { name: string; api: Record<string, (arg: unknown) => unknown> }[] = [];
  const invoke = vi.fn(async () => ({ ok: true, value: {} }));
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const removed: string[] = [];

  beforeEach(async () => {
    exposed.length = 0;
    listeners.clear();
    vi.resetModules();
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (name: string, api: never) => exposed.push({ name, api }) },
      ipcRenderer: {
        invoke,
        on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
        removeListener: (channel: string) => removed.push(channel),
        send: vi.fn(),
        sendSync: vi.fn(),
      },
    }));
    await import('../../../../electron/preload/preload');
  });

  it('exposes exactly one function per channel and one listener per event, frozen', () => {
    expect(exposed).toHaveLength(1);
    const { name, api } = exposed[0]!;
    expect(name).toBe('talkmap');
    expect(Object.keys(api).sort()).toEqual([...Object.values(CHANNELS), ...Object.values(EVENTS)].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('invoke');
  });

  it('each function invokes its own channel and nothing else', async () => {
    const { api } = exposed[0]!;
    for (const [channel, method] of Object.entries(CHANNELS)) {
      invoke.mockClear();
      await api[method]!({ x: 1 });
      expect(invoke).toHaveBeenCalledWith(channel, { x: 1 });
    }
  });

  it('a listener gets only the event’s value (a short text), never Electron’s event object', () => {
    const { api } = exposed[0]!;
    const got: unknown[] = [];
    const stop = api.onMenuCommand!((value: unknown) => got.push(value)) as () => void;
    listeners.get('menu:command')?.({ sender: { send: 'secret' } }, 'project.save');
    listeners.get('menu:command')?.({}, { evil: true });
    listeners.get('menu:command')?.({}, 'x'.repeat(500));
    expect(got[0]).toBe('project.save');
    expect(got[1]).toBeNull();
    expect((got[2] as string).length).toBe(100);
    stop();
    expect(removed).toContain('menu:command');
  });
});

describe('main wires the protections', () => {
  it('hardens the default session and every web contents, and builds the preload as the only bridge', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../../../electron/main/main.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(source).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => hardenContents\(contents, isAppUrl\)\)/);
    expect(source).toMatch(/devTools: dev/);
    expect(source).toMatch(/const dev = !app\.isPackaged/);
  });
});
