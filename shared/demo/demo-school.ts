/**
 * The demo school "De Regenboog": illustrative, fictional data that reproduces the
 * handbook's story (dense talk inside the parallel groups, a gap between 3-4 and 5-6,
 * two reading specialists who each reach part of the school, a director and deputy who
 * name many but are named by few). Kept as ordinary import files — a Dutch roster and a
 * Microsoft Forms export saved by Excel with ";" — so the demo goes through the real importer.
 */
import rosterCsv from './roster.csv?raw';
import surveyCsv from './survey.csv?raw';
import roster2027Csv from './roster-2027.csv?raw';
import survey2027Csv from './survey-2027.csv?raw';
import type { ImportRequest, InputFile } from '../import/import-files';

export const DEMO_ROSTER_NAME = 'regenboog-personeel.csv';
export const DEMO_SURVEY_NAME = 'regenboog-enquete-begrijpend-lezen.csv';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The date of the demo's first survey (its Forms export says 9 March 2026). */
export const DEMO_WAVE_DATE = '2026-03-09';

export function demoImportRequest(): ImportRequest {
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

/**
 * The demo's second survey, a year later (fictional): the same Forms question, a new
 * roster (one teacher left, one joined) and one name written as "M. v.d. Linden". The app
 * offers it as the demo's next wave so the wave comparison can be tried end to end.
 */
export const DEMO_WAVE_2_DATE = '2027-03-15';

export function demoWaveTwoFiles(): InputFile[] {
  return [
    { name: 'regenboog-enquete-begrijpend-lezen-2027.csv', bytes: encode(survey2027Csv) },
    { name: 'regenboog-personeel-2027.csv', bytes: encode(roster2027Csv) },
  ];
}
