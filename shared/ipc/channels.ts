/**
 * The IPC channel names and the method each becomes on `window.talkmap`. Kept free of
 * zod so the sandboxed preload can import it without bundling a validator.
 */
export const CHANNELS = {
  'app:get-info': 'getInfo',
  'file:open-import': 'openImportFiles',
  'file:open-log': 'openLogFile',
  'file:save-export': 'saveExport',
  'project:save': 'saveProject',
  'project:open': 'openProject',
  'project:recent': 'recentProjects',
  'project:close': 'closeProject',
  'project:autosave': 'autosaveProject',
  'project:recovery': 'recoverProject',
  'project:delete': 'deleteProject',
  'report:save-pdf': 'saveReportPdf',
} as const;

export type Channel = keyof typeof CHANNELS;
export type MethodName = (typeof CHANNELS)[Channel];
