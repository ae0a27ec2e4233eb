/**
 * One file in the import wizard: how it was read (encoding, separator, header row, sheet),
 * each a choice the user can change (DetectedChoice: "detected" or an explicit value).
 */
import type { Encoding } from '../../../shared/import/decode';
import { DELIMITERS, type Delimiter } from '../../../shared/import/parse-table';
import type { FilePreview } from '../../../shared/import/inspect-files';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';

const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'windows-1252', 'macintosh', 'utf-16le', 'utf-16be'];

function DetectedChoice<T extends string>({
  label,
  auto,
  value,
  options,
  show,
  testId,
  onChange,
}: {
  label: string;
  auto: string;
  value: string;
  options: readonly T[];
  show: (o: T) => string;
  testId: string;
  onChange: (v: string) => void;
}) {
  return (
    <label className="inline">
      {' '}
      {label}{' '}
      <select value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        <option value="">{auto}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {show(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

const shownDelimiter = (d: string): string => (d === '\t' ? 'tab' : `“${d}”`);

export function FileLine({ file, isSurvey, several }: { file: FilePreview; isSurvey: boolean; several: boolean }) {
  const t = useT();
  return (
    <div className="file-line">
      {several ? (
        <label>
          <input type="radio" name="survey-file" checked={isSurvey} onChange={() => void wizardActions.chooseSurveyFile(file.name)} />{' '}
          <strong>{file.name}</strong>
        </label>
      ) : (
        <strong>{file.name}</strong>
      )}{' '}
      <span className="muted">
        {isSurvey ? t('wizard.isSurvey') : t('wizard.isRoster')} ·{' '}
        {file.sheets
          ? t('wizard.readAsSheet', { encoding: file.encoding, rows: file.rows })
          : t('wizard.readAs', { encoding: file.encoding, delimiter: file.delimiter === '\t' ? 'tab' : file.delimiter || '—', rows: file.rows })}
      </span>
      {!file.sheets && (
        <DetectedChoice
          label={t('wizard.encoding')}
          auto={t('wizard.encodingAuto')}
          value={file.encodingForced ? file.encoding : ''}
          options={ENCODINGS}
          show={(enc) => enc}
          testId={`encoding-${file.name}`}
          onChange={(v) => void wizardActions.setFileOption(file.name, { encoding: (v || undefined) as Encoding | undefined })}
        />
      )}
      {!file.sheets && (
        <DetectedChoice
          label={t('wizard.delimiter')}
          auto={t('wizard.delimiterAuto')}
          value={file.delimiterForced ? file.delimiter : ''}
          options={DELIMITERS}
          show={(d) => (d === '\t' ? 'tab' : d)}
          testId={`delimiter-${file.name}`}
          onChange={(v) => void wizardActions.setFileOption(file.name, { delimiter: (v || undefined) as Delimiter | undefined })}
        />
      )}
      <label className="inline">
        {' '}
        {t('wizard.headerRow')}{' '}
        <input
          type="number"
          min={1}
          max={50}
          className="narrow"
          value={file.headerRow ?? file.headerAt}
          data-testid={`header-row-${file.name}`}
          onChange={(e) => {
            const row = Number(e.target.value);
            if (Number.isInteger(row) && row >= 1 && row <= 50) void wizardActions.setFileOption(file.name, { headerRow: row });
          }}
        />
      </label>
      {file.rivalDelimiter && (
        <p className="notice warning" data-testid={`delimiter-doubt-${file.name}`}>
          {t('wizard.delimiterDoubt', { chosen: shownDelimiter(file.delimiter), other: shownDelimiter(file.rivalDelimiter) })}
        </p>
      )}
      {file.mojibake && (
        <div className="notice warning">
          <label>
            <input
              type="checkbox"
              checked={file.repaired}
              onChange={(e) => void wizardActions.setFileOption(file.name, { repairMojibake: e.target.checked })}
              data-testid={`repair-${file.name}`}
            />{' '}
            {t('wizard.mojibake')}
          </label>
        </div>
      )}
      {file.sheets && file.sheets.length > 1 && (
        <label className="inline">
          {' '}
          {t('wizard.sheet')}{' '}
          <select value={file.sheet ?? ''} onChange={(e) => void wizardActions.chooseSheet(file.name, e.target.value)}>
            {file.sheets.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
