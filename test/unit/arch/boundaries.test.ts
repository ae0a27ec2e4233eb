// The import boundaries are enforced by ESLint; these tests prove the rules bite by
// linting small snippets as if they lived in each folder.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../../..', file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  it.each([
    ['shared/metrics/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/metrics/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['shared/metrics/x.ts', "import { useState } from 'react';\nexport const a = useState;"],
    ['shared/metrics/x.ts', 'export const a = document.title;'],
    ['renderer/features/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['renderer/features/x.ts', "import { atomicWrite } from '../../electron/node/atomic-write';\nexport const a = atomicWrite;"],
    ['electron/cli.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/main/other.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;"],
    ['electron/node/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;"],
    ['electron/preload/x.ts', "import { shell } from 'electron';\nexport const a = shell;"],
    ['renderer/workers/x.ts', "import { actions } from '../state/app-store';\nexport const a = actions;"],
  ])('%s rejects a forbidden import', async (file, code) => {
    expect((await errors(file, code)).some((r) => /no-restricted-(imports|globals|properties)/.test(r))).toBe(true);
  });

  it('allows shared/ to import graphology and zod', async () => {
    expect(await errors('shared/metrics/x.ts', "import Graph from 'graphology';\nimport { z } from 'zod';\nexport const a = [Graph, z];")).toEqual([]);
  });
});
