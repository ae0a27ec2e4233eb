/**
 * The import wizard: preview first, then commit. It shows how each file was read, proposes
 * which file is the survey and which columns mean what, lets the user change every
 * choice (shape, respondent, nominations, grid columns and answer weights, groups), and
 * shows a live summary with everything that did not become a tie before importing.
 */
import { Modal } from '../../components/Modal';
import { ProgressLine } from '../../components/ProgressLine';
import { DEFAULT_SCALE } from '../../../shared/import/answer-scale';
import { isPrivateColumn } from '../../../shared/import/column-roles';
import type { Encoding } from '../../../shared/import/decode';
import { DELIMITERS, type Delimiter } from '../../../shared/import/parse-table';
import type { ImportRequest } from '../../../shared/import/import-files';
import { isSpecComplete, type ImportSpec } from '../../../shared/import/import-spec';
import type { FilePreview } from '../../../shared/import/inspect-files';
import { gridTarget } from '../../../shared/import/grid-targets';
import { countByKind } from '../../../shared/import/import-report';
import { nameKey } from '../../../shared/import/name-key';
import { useT, useTKey } from '../../state/use-t';
import { useWizard, wizardActions, type WizardState } from '../../state/wizard-store';
import { NameDecisions } from './NameDecisions';
import { defaultSpec, withRespondent, type Shape } from './spec-defaults';
import { ResponseWarning } from '../../components/ResponseWarning';

const SHAPES: Shape[] = ['multi-select', 'rating-grid', 'edge-list', 'matrix'];
const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'windows-1252', 'macintosh', 'utf-16le', 'utf-16be'];

export function ImportWizard() {
  const t = useT();
  const tKey = useTKey();
  const wizard = useWizard();
  if (!wizard) return null;
  const { inspection, request } = wizard;
  const data = inspection?.files.find((f) => f.name === request?.data.name) ?? null;
  const roster = inspection?.files.find((f) => f.name === request?.roster?.name) ?? null;
  return (
    <Modal className="wizard" labelledBy="wizard-title" testId="import-wizard" onCancel={() => wizardActions.cancel()}>
        <h2 id="wizard-title">{t(wizard.wave ? 'wave.wizardTitle' : 'wizard.title')}</h2>
        {!inspection && wizard.busy && <p className="muted" data-testid="wizard-reading">{t('wizard.reading')}</p>}
        {wizard.wave && inspection && <WaveNotice wave={wizard.wave} />}
        {inspection && request && data && (
          <div className="wizard-body">
            {inspection.proposalError && (
              <p className="notice warning" data-testid="wizard-guess">
                {t('wizard.guess')} {tKey(inspection.proposalError.key, inspection.proposalError.params)}
              </p>
            )}
            <section>
              <h3>{t('wizard.files')}</h3>
              {inspection.files.map((f) => (
                <FileLine key={f.name} file={f} isSurvey={f.name === data.name} several={inspection.files.length > 1} />
              ))}
            </section>
            <SpecEditor request={request} data={data} roster={roster} />
            {wizard.preview && request.roster && <NameDecisions request={request} preview={wizard.preview} />}
            <section>
              <h3>{t('wizard.preview')}</h3>
              <SampleTable file={data} request={request} />
            </section>
          </div>
        )}
        <Summary wizard={wizard} />
        <div className="modal-actions">
          <button type="button" onClick={() => wizardActions.cancel()} data-testid="wizard-cancel">
            {t('wizard.cancel')}
          </button>
          <button type="button" className="primary" disabled={!wizard.preview || wizard.busy} onClick={() => wizardActions.commit()} data-testid="wizard-import">
            {t(wizard.wave ? 'wave.add' : 'wizard.import')}
          </button>
        </div>
    </Modal>
  );
}

function WaveNotice({ wave }: { wave: NonNullable<WizardState['wave']> }) {
  const t = useT();
  return (
    <div className={`notice ${wave.reused ? '' : 'warning'}`} data-testid="wave-notice">
      <p>{wave.reused ? t('wave.reused') : t('wave.notReused', { columns: wave.missing.join(', ') || '—' })}</p>
      <label>
        {t('wave.date')}{' '}
        <input type="date" value={wave.date} onChange={(e) => wizardActions.setWaveDate(e.target.value)} data-testid="wave-date" />
      </label>
    </div>
  );
}

/** A choice Talkmap makes by itself unless the user picks one: "detect" first, then the options. */
function DetectedChoice<T extends string>({ label, auto, value, options, show, testId, onChange }: { label: string; auto: string; value: string; options: readonly T[]; show: (o: T) => string; testId: string; onChange: (v: string) => void }) {
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

function FileLine({ file, isSurvey, several }: { file: FilePreview; isSurvey: boolean; several: boolean }) {
  const t = useT();
  return (
    <div className="file-line">
      {several ? (
        <label>
          <input type="radio" name="survey-file" checked={isSurvey} onChange={() => void wizardActions.chooseSurveyFile(file.name)} /> <strong>{file.name}</strong>
        </label>
      ) : (
        <strong>{file.name}</strong>
      )}{' '}
      <span className="muted">
        {isSurvey ? t('wizard.isSurvey') : t('wizard.isRoster')} · {t('wizard.readAs', { encoding: file.encoding, delimiter: file.delimiter === '\t' ? 'tab' : file.delimiter || '—', rows: file.rows })}
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
            <input type="checkbox" checked={file.repaired} onChange={(e) => void wizardActions.setFileOption(file.name, { repairMojibake: e.target.checked })} data-testid={`repair-${file.name}`} />{' '}
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

function SpecEditor({ request, data, roster }: { request: ImportRequest; data: FilePreview; roster: FilePreview | null }) {
  const t = useT();
  const spec = request.spec;
  const update = (next: Partial<ImportRequest> & { spec?: ImportSpec }): void => void wizardActions.update({ ...request, ...next });
  const setSpec = (next: ImportSpec): void => update({ spec: next });
  const columnSelect = (value: string, onChange: (v: string) => void, testid: string, allowNone = false) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testid}>
      {allowNone && <option value="">{t('wizard.none')}</option>}
      {!allowNone && value === '' && (
        <option value="" disabled>
          {t('wizard.choose')}
        </option>
      )}
      {data.header.map((h) => (
        <option key={h} value={h}>
          {h}
        </option>
      ))}
    </select>
  );
  const rosterGroups = roster ? roster.header.filter((h) => !/^(id|naam|name|nr|nummer|code)$/i.test(h)) : [];
  const groupValue = spec.shape !== 'edge-list' && spec.shape !== 'matrix' && spec.groupColumn ? `survey:${spec.groupColumn}` : request.groupAttribute ? `roster:${request.groupAttribute}` : request.groupAttribute === null ? '' : 'auto';
  return (
    <section>
      <h3>{t('wizard.meaning')}</h3>
      <label className="field">
        {t('wizard.shape')}{' '}
        <select value={spec.shape} onChange={(e) => setSpec(defaultSpec(e.target.value as Shape, data.header, spec))} data-testid="wizard-shape">
          {SHAPES.map((s) => (
            <option key={s} value={s}>
              {t(`wizard.shape.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {spec.shape !== 'edge-list' && spec.shape !== 'matrix' && (
        <label className="field">
          {t('wizard.respondent')} {columnSelect(spec.respondentColumn, (v) => setSpec(withRespondent(spec, v)), 'wizard-respondent')}
        </label>
      )}
      {spec.shape === 'multi-select' && data.relations.length > 1 && (
        <fieldset className="field" data-testid="wizard-relations">
          <legend>{t('wizard.relations')}</legend>
          <p className="muted">{t('wizard.relationsHint')}</p>
          {data.relations.map((r) => (
            <label key={r.name} className="radio-line">
              <input
                type="radio"
                name="relation"
                checked={spec.nominationColumns.length === r.columns.length && r.columns.every((c) => spec.nominationColumns.includes(c))}
                onChange={() => setSpec({ ...spec, nominationColumns: r.columns })}
              />{' '}
              {r.name}
            </label>
          ))}
        </fieldset>
      )}
      {spec.shape === 'multi-select' && (
        <fieldset className="field">
          <legend>{t('wizard.nominations')}</legend>
          <ColumnChecks
            columns={data.header.filter((h) => h !== spec.respondentColumn)}
            checked={(h) => spec.nominationColumns.includes(h)}
            label={(h) => h}
            onToggle={(h, on) => {
              const next = on ? [...spec.nominationColumns, h] : spec.nominationColumns.filter((c) => c !== h);
              if (next.length > 0) setSpec({ ...spec, nominationColumns: data.header.filter((c) => next.includes(c)) });
            }}
          />
        </fieldset>
      )}
      {spec.shape === 'rating-grid' && <GridEditor spec={spec} data={data} onChange={setSpec} />}
      {spec.shape === 'edge-list' && data.edgeRelations && (
        <fieldset className="field" data-testid="wizard-edge-relations">
          <legend>{t('wizard.edgeRelations', { column: data.edgeRelations.column })}</legend>
          <p className="muted">{t('wizard.relationsHint')}</p>
          {data.edgeRelations.values.map((r, i) => (
            <label key={r.value} className="radio-line">
              <input type="radio" name="edge-relation" checked={(spec.relation ?? (i === 0 ? r.value : null)) === r.value} onChange={() => setSpec({ ...spec, relation: r.value })} />{' '}
              {t('wizard.edgeRelation', { relation: r.value, rows: r.rows })}
            </label>
          ))}
        </fieldset>
      )}
      {spec.shape === 'edge-list' && (
        <div className="field-row">
          <label className="field">
            {t('wizard.source')} {columnSelect(spec.sourceColumn ?? data.header[0] ?? '', (v) => setSpec({ ...spec, sourceColumn: v }), 'wizard-source')}
          </label>
          <label className="field">
            {t('wizard.target')} {columnSelect(spec.targetColumn ?? data.header[1] ?? '', (v) => setSpec({ ...spec, targetColumn: v }), 'wizard-target')}
          </label>
          <label className="field">
            {t('wizard.weight')} {columnSelect(spec.weightColumn ?? '', (v) => setSpec({ ...spec, weightColumn: v || null }), 'wizard-weight', true)}
          </label>
        </div>
      )}
      <label className="field">
        {t('wizard.groups')}{' '}
        <select
          value={groupValue}
          data-testid="wizard-groups"
          onChange={(e) => {
            const v = e.target.value;
            const base = spec.shape !== 'edge-list' && spec.shape !== 'matrix' ? { ...spec, groupColumn: null } : spec;
            if (v === 'auto') {
              const { groupAttribute: _drop, ...rest } = request;
              void wizardActions.update({ ...rest, spec: base });
            } else if (v === '') update({ spec: base, groupAttribute: null });
            else if (v.startsWith('roster:')) update({ spec: base, groupAttribute: v.slice(7) });
            else if (spec.shape !== 'edge-list' && spec.shape !== 'matrix') update({ spec: { ...spec, groupColumn: v.slice(7) }, groupAttribute: v.slice(7) });
          }}
        >
          <option value="auto">{t('wizard.groupsAuto')}</option>
          <option value="">{t('wizard.none')}</option>
          {rosterGroups.map((h) => (
            <option key={`r${h}`} value={`roster:${h}`}>
              {t('wizard.groupsRoster', { column: h })}
            </option>
          ))}
          {spec.shape !== 'edge-list' &&
            spec.shape !== 'matrix' &&
            data.header
              .filter((h) => h !== spec.respondentColumn)
              .map((h) => (
                <option key={`s${h}`} value={`survey:${h}`}>
                  {t('wizard.groupsSurvey', { column: h })}
                </option>
              ))}
        </select>
      </label>
    </section>
  );
}

function GridEditor({ spec, data, onChange }: { spec: Extract<ImportSpec, { shape: 'rating-grid' }>; data: FilePreview; onChange: (s: ImportSpec) => void }) {
  const t = useT();
  const chosen = new Set(spec.columns.map((c) => c.column));
  const answers = [...new Set(spec.columns.flatMap((c) => data.answers[c.column] ?? []))].sort((a, b) => a.localeCompare(b));
  const numeric = (a: string) => /^\d+([.,]\d+)?$/.test(a);
  return (
    <>
      <fieldset className="field">
        <legend>{t('wizard.gridColumns')}</legend>
        <ColumnChecks
          columns={data.header.filter((h) => h !== spec.respondentColumn)}
          checked={(h) => chosen.has(h)}
          label={(h) => gridTarget(h, data.header)}
          onToggle={(h, on) => {
            const next = on ? [...spec.columns, { column: h, target: gridTarget(h, data.header) }] : spec.columns.filter((c) => c.column !== h);
            if (next.length > 0) onChange({ ...spec, columns: next });
          }}
        />
      </fieldset>
      {answers.filter((a) => !numeric(a)).length > 0 && (
        <fieldset className="field">
          <legend>{t('wizard.scale')}</legend>
          <p className="muted">{t('wizard.scaleHint')}</p>
          <div className="scale">
            {answers
              .filter((a) => !numeric(a))
              .map((a) => {
                const key = a.toLowerCase();
                const value = spec.scale[key];
                return (
                  <label key={a} className={value === undefined ? 'unknown' : ''}>
                    <span>{a}</span>
                    <input
                      type="number"
                      min={0}
                      step={1}
                      value={value ?? ''}
                      placeholder="?"
                      data-testid={`scale-${key}`}
                      onChange={(e) => {
                        const scale = { ...spec.scale };
                        if (e.target.value === '') delete scale[key];
                        else scale[key] = Math.max(0, Number(e.target.value));
                        onChange({ ...spec, scale });
                      }}
                    />
                  </label>
                );
              })}
          </div>
          {Object.keys(spec.scale).length !== Object.keys(DEFAULT_SCALE).length && <p className="muted">{t('wizard.scaleChanged')}</p>}
        </fieldset>
      )}
    </>
  );
}

function ColumnChecks({ columns, checked, label, onToggle }: { columns: string[]; checked: (c: string) => boolean; label: (c: string) => string; onToggle: (c: string, on: boolean) => void }) {
  return (
    <div className="checks">
      {columns.map((h) => (
        <label key={h}>
          <input type="checkbox" checked={checked(h)} onChange={(e) => onToggle(h, e.target.checked)} /> {label(h)}
        </label>
      ))}
    </div>
  );
}

function SampleTable({ file, request }: { file: FilePreview; request: ImportRequest }) {
  const t = useT();
  const spec = request.spec;
  const used = new Set<string>(
    spec.shape === 'multi-select'
      ? [spec.respondentColumn, ...spec.nominationColumns]
      : spec.shape === 'rating-grid'
        ? [spec.respondentColumn, ...spec.columns.map((c) => c.column)]
        : spec.shape === 'matrix'
          ? file.header
          : [spec.sourceColumn ?? file.header[0] ?? '', spec.targetColumn ?? file.header[1] ?? ''],
  );
  return (
    <div className="table-scroll sample">
      <table>
        <thead>
          <tr>
            {file.header.map((h) => (
              <th key={h} className={used.has(h) ? 'used' : isPrivateColumn(h) ? 'left-out' : ''} title={isPrivateColumn(h) ? t('wizard.leftOut') : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {file.sample.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const h = file.header[j] ?? '';
                // Personal data that will not be imported is not shown either.
                if (isPrivateColumn(h)) return <td key={j} className="left-out">{t('wizard.leftOutShort')}</td>;
                return (
                  <td key={j} className={used.has(h) ? 'used' : ''}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Summary({ wizard }: { wizard: WizardState }) {
  const t = useT();
  const tKey = useTKey();
  if (wizard.error) {
    return (
      <p className="notice warning" role="alert" data-testid="wizard-error">
        {tKey(wizard.error.key, wizard.error.params)}
      </p>
    );
  }
  const preview = wizard.preview;
  if (!preview && !wizard.busy && wizard.request && !isSpecComplete(wizard.request.spec)) {
    return (
      <p className="notice" data-testid="wizard-choose-columns">
        {t('wizard.chooseColumns')}
      </p>
    );
  }
  if (!preview) return wizard.busy ? <ProgressLine label={t('busy.analysing')} fraction={wizard.progress ?? null} testId="wizard-progress" /> : null;
  const { report, analysis } = preview;
  const counts = countByKind(report);
  const unmatched = report.items.filter((i) => i.kind === 'unmatched-name' && !(wizard.request?.decisions?.[nameKey(i.value)]?.action === 'ignore'));
  const rate = report.responseRate;
  return (
    <section className="wizard-summary" data-testid="wizard-summary" aria-live="polite">
      <h3>{t('wizard.summary')}</h3>
      <p>
        {rate === null
          ? t('wizard.summaryLineNoRate', { people: analysis.network.nodes, ties: analysis.network.arcs, respondents: report.respondents })
          : t('wizard.summaryLine', { people: analysis.network.nodes, ties: analysis.network.arcs, respondents: report.respondents, rate: Math.round(rate * 100) })}
      </p>
      <GroupsFound preview={preview} request={wizard.request} />
      <ResponseWarning rate={rate} />
      {Object.keys(counts).length > 0 && (
        <ul className="counts">
          {Object.entries(counts).map(([kind, n]) => (
            <li key={kind}>
              {tKey(`report.kind.${kind}`)}: {n}
            </li>
          ))}
        </ul>
      )}
      {unmatched.length > 0 && (
        <p className="notice warning" data-testid="wizard-unmatched">
          {t('wizard.unmatched', { names: [...new Set(unmatched.map((u) => u.value))] })}
        </p>
      )}
    </section>
  );
}

/** Where the groups came from, or plainly that there are none: without groups the weak links between them cannot show. */
function GroupsFound({ preview, request }: { preview: NonNullable<WizardState['preview']>; request: WizardState['request'] }) {
  const t = useT();
  const attribute = preview.network.groupAttribute;
  const groups = preview.analysis.groups.map((g) => g.label);
  if (!attribute || groups.length < 2) {
    return (
      <p className="notice warning" data-testid="wizard-no-groups">
        {t('wizard.groupsNone')}
      </p>
    );
  }
  const fromSurvey = request !== null && request.spec.shape !== 'edge-list' && request.spec.shape !== 'matrix' && request.spec.groupColumn === attribute;
  return (
    <p data-testid="wizard-groups-found">
      {t(fromSurvey ? 'wizard.groupsFoundSurvey' : 'wizard.groupsFoundRoster', { count: groups.length, column: attribute, groups })}
    </p>
  );
}
