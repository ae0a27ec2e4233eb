/**
 * The Export menu: every table as CSV (Dutch Excel friendly in Dutch), the network for
 * Gephi and UCINET, and the map as a PNG with title and legend. Exports follow the
 * anonymisation switch, so an anonymised export contains no names.
 */
import { kindsDrawn } from '../../../shared/present/role-kind';
import { useNamingOptions } from '../../state/use-names';
import { useState } from 'react';
import { blockMatrixCsv, findingsCsv, groupsCsv, peopleCsv, tiesCsv } from '../../../shared/export/tables-csv';
import { toGexf, toGraphML, toUcinetDl, type Drawing } from '../../../shared/export/network-formats';
import type { Core } from 'cytoscape';
import { CSV_SEPARATORS, DECIMAL_MARKS } from '../../../shared/export/csv';
import { namingFor } from '../../../shared/present/names';
import { createJobOwner, workbookInWorker } from '../../workers/analysis-client';
import { currentCsvOptions, setCsvPreference, useCsvPreference } from '../../state/csv-preference';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { hostApi } from '../../bridge/host-api';
import { showHostError } from '../../bridge/host-error';
import { actions, useAppState } from '../../state/app-store';
import { useT, useTKey } from '../../state/use-t';
import { colourMapping } from '../network-view/map-elements';
import { currentMap } from '../../map/map-registry';
import { requestReport } from '../report/request-report';
import { mapPng } from './map-png';
import { mapSvg } from './map-svg';

type ExportKind = 'xlsx' | 'people' | 'ties' | 'groups' | 'matrix' | 'findings' | 'graphml' | 'gexf' | 'dl' | 'png' | 'svg';
const KINDS: ExportKind[] = ['png', 'svg', 'xlsx', 'people', 'ties', 'groups', 'matrix', 'findings', 'graphml', 'gexf', 'dl'];
const CSV_KINDS: ReadonlySet<ExportKind> = new Set(['people', 'ties', 'groups', 'matrix', 'findings']);
const workbookOwner = createJobOwner('workbook');

/** The map on screen as positions and colours (none when no map is drawn). */
function drawingOf(cy: Core | null): Drawing | null {
  if (!cy) return null;
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const colours = new Map(cy.nodes().map((n) => [n.id(), String(n.data('colour') ?? '')]));
  return { positions, colours };
}

export function ExportMenu({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const anonymise = useAppState((s) => s.anonymise);
  const meView = useAppState((s) => s.meView);
  const namingOptions = useNamingOptions();
  const csv = useCsvPreference();
  const view = useAppState((s) => s.view);
  const isDemo = useAppState((s) => s.project.isDemo);
  const [saved, setSaved] = useState<string | null>(null);
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const base = locale === 'nl' ? 'talkmap' : 'talkmap';

  const build = async (kind: ExportKind): Promise<{ name: string; content: string | Uint8Array }> => {
    // Built from the naming at this moment (not a cached one), so a switch just before exporting is followed.
    const naming = namingFor(result.analysis.nodes, anonymise, meView, namingOptions);
    const options = currentCsvOptions();
    switch (kind) {
      case 'xlsx':
        return {
          name: `${base}-${locale === 'nl' ? 'resultaten' : 'results'}.xlsx`,
          content: await workbookInWorker(workbookOwner, { result, locale, anonymise, me: meView, naming: namingOptions }),
        };
      case 'people':
        return { name: `${base}-${locale === 'nl' ? 'mensen' : 'people'}.csv`, content: peopleCsv(result.analysis.nodes, locale, naming, options) };
      case 'ties':
        return { name: `${base}-${locale === 'nl' ? 'banden' : 'ties'}.csv`, content: tiesCsv(result, locale, naming, options) };
      case 'groups':
        return { name: `${base}-${locale === 'nl' ? 'groepen' : 'groups'}.csv`, content: groupsCsv(result, locale, options) };
      case 'matrix':
        return { name: `${base}-${locale === 'nl' ? 'groepsmatrix' : 'group-matrix'}.csv`, content: blockMatrixCsv(result, locale, options) };
      case 'findings':
        return { name: `${base}-${locale === 'nl' ? 'bevindingen' : 'findings'}.csv`, content: findingsCsv(result.findings.findings, locale, naming, options) };
      case 'graphml':
        return { name: `${base}-netwerk.graphml`, content: toGraphML(result, naming) };
      case 'gexf':
        // With the map as it is on screen: Gephi opens the same picture.
        return { name: `${base}-netwerk.gexf`, content: toGexf(result, naming, drawingOf(currentMap())) };
      case 'dl':
        return { name: `${base}-netwerk.dl`, content: toUcinetDl(result, naming) };
      case 'png':
      case 'svg': {
        const cy = currentMap();
        if (!cy) throw new Error('no map');
        const { colours } = colourMapping(result, view);
        const picture = {
          title: isDemo ? t('demo.school') : result.source.files.join(', '),
          subtitle: isDemo ? `“${t('demo.question')}” — ${t('demo.badge')}` : new Date().toISOString().slice(0, 10),
          legendTitle: t('legend.title'),
          entries: [...colours].map(([label, colour]) => ({ label, colour })),
          notes: [
            t('legend.size', { metric: t(`metric.${view.sizeBy}`) }),
            `${t('legend.mutual')} · ${t('legend.oneWay')}`,
            ...(() => {
              const kinds = kindsDrawn(
                result.analysis.nodes.map((x) => x.id),
                naming.kindOf,
              );
              return kinds.length > 1 ? [kinds.map((k) => tKey(`legend.shape.${k}`)).join(' · ')] : [];
            })(),
            ...(result.analysis.nodes.some((x) => !x.responded) ? [t('legend.nonRespondent')] : []),
          ],
          transparent,
        };
        const name = `${base}-${locale === 'nl' ? 'kaart' : 'map'}.${kind}`;
        return { name, content: kind === 'png' ? await mapPng(cy, { ...picture, scale }) : mapSvg(cy, picture) };
      }
    }
  };

  const run = async (kind: ExportKind): Promise<void> => {
    try {
      const { name, content } = await build(kind);
      const answer = await hostApi().saveExport({ suggestedName: name, content });
      if (answer.ok && answer.value.saved) setSaved(answer.value.fileName);
      else if (!answer.ok) showHostError(answer.error);
    } catch (error) {
      actions.showError('app.error', { message: error instanceof Error ? error.message : String(error) });
    }
  };

  const printReport = async (): Promise<void> => {
    requestReport();
    // Let React put the picture into the print view before printing.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const name =
      `${isDemo ? t('demo.school') : (result.source.files[0] ?? 'talkmap').replace(/\.[^.]+$/, '')} — ${locale === 'nl' ? 'rapport' : 'report'}.pdf`.replace(
        /[/\\:*?"<>|]/g,
        '-',
      );
    const answer = await hostApi().saveReportPdf({ suggestedName: name });
    if (answer.ok && answer.value.saved) setSaved(answer.value.fileName);
    else if (!answer.ok) showHostError(answer.error);
  };

  return (
    <details className="export-menu" data-menu data-testid="export-menu">
      <summary>{t('export.title')}</summary>
      <div className="export-body">
        <button type="button" onClick={() => void printReport()} data-testid="export-menu-report">
          {t('report.print')}
        </button>
        <div className="export-options">
          <label>
            {t('export.resolution')}{' '}
            <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
              {[1, 2, 4].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} data-testid="export-transparent" />{' '}
            {t('export.transparent')}
          </label>
        </div>
        {KINDS.filter((k) => !CSV_KINDS.has(k)).map((k) => (
          <button key={k} type="button" onClick={() => void run(k)} data-testid={`export-menu-${k}`}>
            {tKey(`export.${k}`)}
          </button>
        ))}
        <fieldset className="export-csv">
          <legend>CSV</legend>
          <label>
            {t('export.csvSeparator')}{' '}
            <select
              value={csv.separator}
              onChange={(e) => setCsvPreference({ separator: e.target.value as typeof csv.separator })}
              data-testid="export-csv-separator"
            >
              {CSV_SEPARATORS.map((s) => (
                <option key={s} value={s}>
                  {tKey(`export.csvSeparator.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('export.decimal')}{' '}
            <select value={csv.decimal} onChange={(e) => setCsvPreference({ decimal: e.target.value as typeof csv.decimal })} data-testid="export-csv-decimal">
              {DECIMAL_MARKS.map((d) => (
                <option key={d} value={d}>
                  {tKey(`export.decimal.${d}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t('export.csvNote')}</p>
          {KINDS.filter((k) => CSV_KINDS.has(k)).map((k) => (
            <button key={k} type="button" onClick={() => void run(k)} data-testid={`export-menu-${k}`}>
              {tKey(`export.${k}`)}
            </button>
          ))}
        </fieldset>
        {result.analysis.network.imputedTies > 0 && <p className="muted">{t('export.imputedNote', { count: result.analysis.network.imputedTies })}</p>}
        {anonymise !== 'off' && <p className="muted">{t('export.anonymised')}</p>}
        {saved && (
          <p className="muted" role="status">
            {t('export.done', { file: saved })}
          </p>
        )}
      </div>
    </details>
  );
}
