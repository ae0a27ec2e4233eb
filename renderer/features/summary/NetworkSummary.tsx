/**
 * The network as a whole: the key figures with a plain-language line each, and the
 * groups with their size, internal density and E-I index.
 */
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { formatNumber, formatPercent } from '../../../shared/i18n/translate';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';

export function NetworkSummary({ result }: { result: AnalysisResult }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const n = result.analysis.network;
  const rows: [string, string, MessageKey][] = [
    ['nodes', String(n.nodes), 'net.explain.nodes'],
    ['arcs', String(n.arcs), 'net.explain.arcs'],
    ['density', formatPercent(locale, n.density), 'net.explain.density'],
    ['arcReciprocity', formatPercent(locale, n.arcReciprocity), 'net.explain.arcReciprocity'],
    ['responseRate', formatPercent(locale, n.responseRate), 'net.explain.responseRate'],
    ['eiIndex', n.eiIndex === null ? '—' : formatNumber(locale, n.eiIndex, 2), 'net.explain.eiIndex'],
  ];
  return (
    <div className="network-summary" data-testid="network-summary">
      <p className="muted">{t('network.intro')}</p>
      <table className="figures-table">
        <tbody>
          {rows.map(([key, value, explain]) => (
            <tr key={key}>
              <th scope="row">{t(`net.${key}` as MessageKey)}</th>
              <td className="num">{value}</td>
              <td className="muted">{t(explain)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.analysis.groups.length > 0 && (
        <>
          <h3>{t('net.groups')}</h3>
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('col.group')}</th>
                <th scope="col" className="num">{t('net.groupSize')}</th>
                <th scope="col" className="num">{t('net.groupDensity')}</th>
                <th scope="col" className="num">{t('net.eiIndex')}</th>
              </tr>
            </thead>
            <tbody>
              {result.analysis.groups.map((g) => (
                <tr key={g.label}>
                  <th scope="row">{g.label}</th>
                  <td className="num">{g.size}</td>
                  <td className="num">{formatPercent(locale, g.internalDensity)}</td>
                  <td className="num">{g.eiIndex === null ? '—' : formatNumber(locale, g.eiIndex, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
