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
  'project:opened': 'confirmOpenProject',
  'project:resume': 'resumeProject',
  'project:recent': 'recentProjects',
  'project:close': 'closeProject',
  'project:autosave': 'autosaveProject',
  'project:recovery': 'recoverProject',
  'project:delete': 'deleteProject',
  'report:save-pdf': 'saveReportPdf',
  'app:set-menu': 'setMenu',
} as const;

export type Channel = keyof typeof CHANNELS;
export type MethodName = (typeof CHANNELS)[Channel];

/**
 * What main tells the page without being asked, and the listener each becomes on
 * `window.talkmap`: a menu command's id, and "a project file is waiting" (double-clicked,
 * dropped on the app's icon, or passed to a second start). The page then opens it with
 * `openProject({ incoming: true })`, after asking about unsaved work.
 */
export const EVENTS = {
  'menu:command': 'onMenuCommand',
  'project:incoming': 'onIncomingProject',
} as const;

export type HostEvent = keyof typeof EVENTS;
