/**
 * The import wizard's column choices: the shape of the export, the respondent column, the
 * nomination columns (or, for a rating grid, its columns and answer weights), the groups.
 */
import { DEFAULT_SCALE } from '../../../shared/import/answer-scale';
import { isChoiceCode, numbersAreTicks } from '../../../shared/import/choice-code';
import type { ImportRequest } from '../../../shared/import/import-files';
import { type ImportSpec } from '../../../shared/import/import-spec';
import type { FilePreview } from '../../../shared/import/inspect-files';
import { gridTarget } from '../../../shared/import/grid-targets';
import { findColumn, WEIGHT_COLUMN } from '../../../shared/import/column-roles';
import { useT } from '../../state/use-t';
import { wizardActions } from '../../state/wizard-store';
import { defaultSpec, withRespondent, type Shape } from './spec-defaults';

const SHAPES: Shape[] = ['multi-select', 'rating-grid', 'edge-list', 'matrix'];

export function SpecEditor({ request, data, roster }: { request: ImportRequest; data: FilePreview; roster: FilePreview | null }) {
  const t = useT();
  const spec = request.spec;
  const update = (next: Partial<ImportRequest> & { spec?: ImportSpec }): void => void wizardActions.update({ ...request, ...next });
  const setSpec = (next: ImportSpec): void => update({ spec: next });
  const columnSelect = (value: string, onChange: (v: string) => void, testid: string, allowNone = false, noneLabel = t('wizard.none')) => (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testid}>
      {allowNone && <option value="">{noneLabel}</option>}
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
  const groupValue =
    spec.shape !== 'edge-list' && spec.shape !== 'matrix' && spec.groupColumn
      ? `survey:${spec.groupColumn}`
      : request.groupAttribute
        ? `roster:${request.groupAttribute}`
        : request.groupAttribute === null
          ? ''
          : 'auto';
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
              <input
                type="radio"
                name="edge-relation"
                checked={(spec.relation ?? (i === 0 ? r.value : null)) === r.value}
                onChange={() => setSpec({ ...spec, relation: r.value })}
              />{' '}
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
            {/* Not chosen, a column headed weight/gewicht is read (read-edge-list.ts): the empty choice says so. */}
            {t('wizard.weight')}{' '}
            {columnSelect(
              spec.weightColumn ?? '',
              (v) => setSpec({ ...spec, weightColumn: v || null }),
              'wizard-weight',
              true,
              findColumn(data.header, WEIGHT_COLUMN) ? t('wizard.weightAuto', { column: findColumn(data.header, WEIGHT_COLUMN) ?? '' }) : t('wizard.none'),
            )}
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
  // Numbers are weights only when they are ticks (0/1); other numbers are codes the user weighs (choice-code.ts).
  const codes = new Set(answers.filter(isChoiceCode));
  const asCodes = !numbersAreTicks(codes);
  const weighed = answers.filter((a) => asCodes || !codes.has(a));
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
      {weighed.length > 0 && (
        <fieldset className="field">
          <legend>{t('wizard.scale')}</legend>
          <p className="muted">{t('wizard.scaleHint')}</p>
          {asCodes && (
            <p className="muted" data-testid="scale-codes">
              {t('wizard.scaleCodesHint')}
            </p>
          )}
          <div className="scale">
            {weighed.map((a) => {
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

function ColumnChecks({
  columns,
  checked,
  label,
  onToggle,
}: {
  columns: string[];
  checked: (c: string) => boolean;
  label: (c: string) => string;
  onToggle: (c: string, on: boolean) => void;
}) {
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
