// ESLint flat config. Besides the usual TypeScript rules it enforces the architecture's
// import boundaries (../shared/ARCHITECTURE.md): a violation fails `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ELECTRON = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' };
const NODE = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'url', 'crypto'],
  message: 'shared/ and the renderer are pure: no Node modules.',
};
const UI = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'cytoscape', 'cytoscape-*'], message: 'shared/ has no UI code.' };
const REACT = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Workers have no UI.' };
const ELECTRON_FOLDER = { group: ['**/electron/**', '../electron/*'], message: 'The renderer talks to its host only through renderer/bridge.' };
const RENDERER_FOLDER = { group: ['**/renderer/**'], message: 'This layer must not import the renderer.' };
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'location', 'self'].map((name) => ({
  name,
  message: 'shared/ runs in workers, Node and tests: no DOM globals.',
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
    },
  },
  {
    files: ['*.config.mts', '*.config.mjs', 'eslint.config.mjs', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON, NODE, UI, ELECTRON_FOLDER, RENDERER_FOLDER] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ELECTRON, NODE, ELECTRON_FOLDER] }] },
  },
  {
    // React's rules of hooks, and complete effect dependencies.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Workers: shared/ plus headless Cytoscape for the force layout (no DOM, no React).
    files: ['renderer/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ELECTRON,
            NODE,
            REACT,
            ELECTRON_FOLDER,
            { group: ['../state/*', '../features/*', '../app/*', '../bridge/*', '../components/*'], message: 'Workers import shared/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/node/**/*.ts', 'electron/cli.ts', 'electron/web-server.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ELECTRON, UI, RENDERER_FOLDER] }] },
  },
  {
    // ipcMain is used in exactly one place: the handle() wrapper (main.ts only passes it in).
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc/handle.ts', 'electron/main/main.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'ipcMain', message: 'Use createHandle() from electron/main/ipc/handle.ts.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Use createHandle() from electron/main/ipc/handle.ts.' }],
          patterns: [UI, RENDERER_FOLDER],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc/handle.ts', 'electron/main/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI, RENDERER_FOLDER] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: 'The preload uses only contextBridge and ipcRenderer.' }],
          patterns: [UI, RENDERER_FOLDER, { group: ['../../shared/*', '!../../shared/ipc'], message: 'The preload imports shared/ipc only.' }],
        },
      ],
    },
  },
);
