// The CSV choice: the computer's regional format by default (also when the host tells it only
// after start), the user's choice once made — remembered, and never overridden by the host.
import { beforeEach, describe, expect, it, vi } from 'vitest';

function fakeStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('CSV preference', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('localStorage', fakeStorage());
  });

  it('follows the regional format the desktop host reports until the user chooses', async () => {
    vi.stubGlobal('navigator', { language: 'en-US', languages: ['en-US'] });
    const prefs = await import('../../../../renderer/state/csv-preference');
    expect(prefs.currentCsvOptions()).toMatchObject({ delimiter: ',', decimalComma: false });
    // English Windows display language, Dutch regional settings: Excel there expects ";".
    prefs.adoptComputerLocale('nl-NL');
    expect(prefs.currentCsvOptions()).toMatchObject({ delimiter: ';', decimalComma: true });
    prefs.setCsvPreference({ separator: 'tab' });
    prefs.adoptComputerLocale('en-US');
    expect(prefs.currentCsvOptions()).toMatchObject({ delimiter: '\t', decimalComma: true });
  });

  it('remembers the choice across starts', async () => {
    vi.stubGlobal('navigator', { language: 'nl-NL', languages: ['nl-NL'] });
    const first = await import('../../../../renderer/state/csv-preference');
    expect(first.currentCsvOptions()).toMatchObject({ delimiter: ';', decimalComma: true });
    first.setCsvPreference({ separator: 'comma', decimal: 'point' });
    vi.resetModules();
    const again = await import('../../../../renderer/state/csv-preference');
    expect(again.currentCsvOptions()).toMatchObject({ delimiter: ',', decimalComma: false });
  });
});
