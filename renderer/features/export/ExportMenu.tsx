/**
 * The Export menu: every table as CSV (Dutch Excel friendly in Dutch), the network for
 * Gephi and UCINET, and the map as a PNG with title and legend. Exports follow the
 * anonymisation switch, so an anonymised export contains no names.
 */
import { useState } from 'react';
import { blockMatrixCsv, findingsCsv, groupsCsv } from '../../../shared/export/tables-csv';
import { toGexf, toGraphML, toUcinetDl } from '../../../shared/export/network-formats';
import { peopleCsv } from '../../../shared/export/people-csv';
import { anonymiseParams, nameToAlias } from '../../../shared/present/anonymise';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { hostApi } from '../../bridge/host-api';
import { showHostError } from '../../bridge/host-error';
import { actions, useAppState } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT, useTKey } from '../../state/use-t';
import { colourMapping } from '../network-view/map-elements';
import { currentMap } from '../../map/map-registry';
import { requestReport } from '../report/request-report';
import { mapPng } from './map-png';
import { mapSvg } from './map-svg';

type ExportKind = 'people' | 'groups' | 'matrix' | 'findings' | 'graphml' | 'gexf' | 'dl' | 'png' | 'svg';
const KINDS: ExportKind[] = ['png', 'svg', 'people', 'groups', 'matrix', 'findings', 'graphml', 'gexf', 'dl'];

export function ExportMenu({ result }: { result: AnalysisResult }) {
  const t = useT();
  const tKey = useTKey();
  const locale = useAppState((s) => s.locale);
  const anonymise = useAppState((s) => s.anonymise);
  const view = useAppState((s) => s.view);
  const isDemo = useAppState((s) => s.project.isDemo);
  const names = useNames(result);
  const [saved, setSaved] = useState<string | null>(null);
  const [scale, setScale] = useState(2);
  const [transparent, setTransparent] = useState(false);
  const base = locale === 'nl' ? 'talkmap' : 'talkmap';

  const build = async (kind: ExportKind): Promise<{ name: string; content: string | Uint8Array }> => {
    const label = (id: string) => names.nameOf(id);
    switch (kind) {
      case 'people':
        return { name: `${base}-${locale === 'nl' ? 'mensen' : 'people'}.csv`, content: peopleCsv(result.analysis.nodes, locale, (n) => label(n.id)) };
      case 'groups':
        return { name: `${base}-${locale === 'nl' ? 'groepen' : 'groups'}.csv`, content: groupsCsv(result, locale) };
      case 'matrix':
        return { name: `${base}-${locale === 'nl' ? 'groepsmatrix' : 'group-matrix'}.csv`, content: blockMatrixCsv(result, locale) };
      case 'findings': {
        const byName = nameToAlias(result.analysis.nodes, anonymise);
        return {
          name: `${base}-${locale === 'nl' ? 'bevindingen' : 'findings'}.csv`,
          content: findingsCsv(result.findings.findings, locale, (p) => anonymiseParams(p, byName)),
        };
      }
      case 'graphml':
        return { name: `${base}-netwerk.graphml`, content: toGraphML(result, label) };
      case 'gexf':
        return { name: `${base}-netwerk.gexf`, content: toGexf(result, label) };
      case 'dl':
        return { name: `${base}-netwerk.dl`, content: toUcinetDl(result, label) };
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
          notes: [t('legend.size', { metric: t(`metric.${view.sizeBy}`) }), `${t('legend.mutual')} · ${t('legend.oneWay')}`],
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
        {KINDS.map((k) => (
          <button key={k} type="button" onClick={() => void run(k)} data-testid={`export-menu-${k}`}>
            {tKey(`export.${k}`)}
          </button>
        ))}
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
