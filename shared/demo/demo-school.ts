/**
 * The demo school "De Regenboog": illustrative, fictional data that reproduces the
 * handbook's story (dense talk inside the parallel groups, a gap between 3-4 and 5-6,
 * two reading specialists who each reach part of the school, a director and deputy who
 * name many but are named by few). Kept as ordinary import files — a Dutch roster and a
 * Microsoft Forms export saved by Excel with ";" — so the demo goes through the real importer.
 */
import rosterCsv from './roster.csv?raw';
import surveyCsv from './survey.csv?raw';
import type { ImportRequest } from '../import/import-files';

export const DEMO_ROSTER_NAME = 'regenboog-personeel.csv';
export const DEMO_SURVEY_NAME = 'regenboog-enquete-begrijpend-lezen.csv';

export function demoImportRequest(): ImportRequest {
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  return {
    data: { name: DEMO_SURVEY_NAME, bytes: encode(surveyCsv) },
    roster: { name: DEMO_ROSTER_NAME, bytes: encode(rosterCsv) },
    spec: {
      shape: 'multi-select',
      respondentColumn: 'Naam',
      nominationColumns: ['Met wie praat je over instructie in begrijpend lezen?'],
      groupColumn: null,
    },
    groupAttribute: 'bouw',
  };
}
