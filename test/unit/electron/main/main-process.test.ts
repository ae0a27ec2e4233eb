// Main-process code is plain functions with Electron passed in: tested here in Node with
// fakes. The window options must be hardened; the IPC wrapper must refuse bad requests.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, isAppUrl, resolveAppPath } from '../../../../electron/main/app-protocol';
import { createHandle, isOwnTopFrame, payloadSize } from '../../../../electron/main/ipc/handle';
import { createHandlers } from '../../../../electron/main/ipc/handlers';
import { hardenedWindowOptions } from '../../../../electron/main/window-options';
import { atomicWrite } from '../../../../electron/node/atomic-write';
import { ProjectStore } from '../../../../electron/node/project-store';

type Listener = (event: unknown, request: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { ipcMain: { handle: (channel: string, fn: Listener) => void handlers.set(channel, fn) } as never as import('electron').IpcMain, handlers };
}

const store = () => new ProjectStore({ dataDir: mkdtempSync(join(tmpdir(), 'talkmap-data-')), user: 'test', host: 'here', pid: process.pid });

const trusted = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } } as never;

describe('hardened window options', () => {
  it('isolates, sandboxes and denies Node to every window', () => {
    const prefs = hardenedWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
});

describe('app protocol', () => {
  it('serves files under the renderer folder only', () => {
    expect(resolveAppPath('/app/renderer', `${APP_ORIGIN}/index.html`)).toBe('/app/renderer/index.html');
    expect(resolveAppPath('/app/renderer', `${APP_ORIGIN}/assets/a.js`)).toBe('/app/renderer/assets/a.js');
    expect(resolveAppPath('/app/renderer', `${APP_ORIGIN}/..%2F..%2Fetc/passwd`)).toBeNull();
    expect(resolveAppPath('/app/renderer', 'https://evil.example/index.html')).toBeNull();
    expect(resolveAppPath('/app/renderer', 'not a url')).toBeNull();
  });
});

describe('IPC handle()', () => {
  const setup = () => {
    const { ipcMain, handlers } = fakeIpc();
    const handle = createHandle(ipcMain, {
      isTrustedSender: (e) => (e as { senderFrame?: { url: string } }).senderFrame?.url.startsWith(APP_ORIGIN) ?? false,
      maxPayloadBytes: 1000,
    });
    const impl = vi.fn(async () => ({ saved: true, fileName: 'x.csv' }));
    handle('file:save-export', impl);
    return { call: handlers.get('file:save-export') as Listener, impl };
  };

  it('rejects a payload that fails its schema, without calling the handler', async () => {
    const { call, impl } = setup();
    const answer = (await call(trusted, { suggestedName: '../../etc/passwd', content: 'x' })) as { ok: boolean; error: { code: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('invalid-request');
    expect(await call(trusted, { suggestedName: 'a.csv', content: 'x', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects untrusted senders and oversized payloads', async () => {
    const { call, impl } = setup();
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, { suggestedName: 'a.csv', content: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await call(trusted, { suggestedName: 'a.csv', content: 'x'.repeat(2000) })).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    expect(impl).not.toHaveBeenCalled();
  });

  it('calls the handler with a valid request and wraps the answer in a Result', async () => {
    const { call, impl } = setup();
    expect(await call(trusted, { suggestedName: 'a.csv', content: 'x' })).toEqual({ ok: true, value: { saved: true, fileName: 'x.csv' } });
    expect(impl).toHaveBeenCalledTimes(1);
  });

  it('trusts only the main frame of our own window', () => {
    const mainFrame = { url: `${APP_ORIGIN}/index.html`, parent: null };
    expect(isOwnTopFrame({ senderFrame: mainFrame, sender: { mainFrame } } as never, isAppUrl)).toBe(true);
    const child = { url: `${APP_ORIGIN}/index.html`, parent: mainFrame };
    expect(isOwnTopFrame({ senderFrame: child, sender: { mainFrame } } as never, isAppUrl)).toBe(false);
    const foreign = { url: 'https://evil.example/', parent: null };
    expect(isOwnTopFrame({ senderFrame: foreign, sender: { mainFrame: foreign } } as never, isAppUrl)).toBe(false);
  });

  it('measures payloads including binary data', () => {
    expect(payloadSize({ a: new Uint8Array(500) })).toBeGreaterThanOrEqual(500);
  });
});

describe('handlers', () => {
  it('saves through main’s own dialog with an atomic write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-'));
    const target = join(dir, 'people.csv');
    const handlers = createHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) } as never,
      appInfo: () => ({ version: '0', locale: 'nl', platform: 'linux' }),
      projects: store(),
    });
    expect(await handlers.saveExport({ suggestedName: 'people.csv', content: 'a;b\n' }, {} as never)).toEqual({ saved: true, fileName: 'people.csv' });
    expect(readFileSync(target, 'utf8')).toBe('a;b\n');
  });

  it('opens files the user picked and refuses more than two', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-'));
    writeFileSync(join(dir, 'a.csv'), 'x,y\n');
    const open = vi.fn(async () => ({ canceled: false, filePaths: [join(dir, 'a.csv')] }));
    const handlers = createHandlers({
      dialog: { showOpenDialog: open, showSaveDialog: vi.fn() } as never,
      appInfo: () => ({ version: '0', locale: 'nl', platform: 'linux' }),
      projects: store(),
    });
    const answer = await handlers.openImportFiles({ purpose: 'survey' }, {} as never);
    expect(answer.files[0]?.name).toBe('a.csv');
    expect(new TextDecoder().decode(answer.files[0]?.bytes)).toBe('x,y\n');
    open.mockResolvedValueOnce({ canceled: false, filePaths: ['1', '2', '3'] });
    await expect(handlers.openImportFiles({ purpose: 'survey' }, {} as never)).rejects.toThrow(/at most one roster/);
  });
});

describe('atomicWrite', () => {
  it('replaces the file and leaves no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-'));
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'old');
    await atomicWrite(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

describe('report PDF handler', () => {
  it('prints the window to an A4 PDF with page numbers and saves it through main’s dialog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkmap-'));
    const target = join(dir, 'rapport.pdf');
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 test'));
    const handlers = createHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) } as never,
      appInfo: () => ({ version: '0', locale: 'nl', platform: 'linux' }),
      projects: store(),
    });
    expect(await handlers.saveReportPdf({ suggestedName: 'rapport.pdf' }, { sender: { printToPDF } } as never)).toEqual({
      saved: true,
      fileName: 'rapport.pdf',
    });
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: true, footerTemplate: expect.stringContaining('pageNumber') }),
    );
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
  });
});
