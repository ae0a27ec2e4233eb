/**
 * The continuity view's gap markers on top of the map, following its pan and zoom:
 * "3 banden" between groep 1-2 and 3-4, "0 banden" (red) where neighbouring grades do not talk.
 */
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { continuityGaps, type ContinuityGap } from './continuity-gaps';
import { pairKey } from '../../../shared/network/pair-key';

export function ContinuityGaps({ cy, result }: { cy: Core; result: AnalysisResult }) {
  const t = useT();
  const [view, setView] = useState({ zoom: cy.zoom(), pan: cy.pan() });
  const [gaps, setGaps] = useState<ContinuityGap[]>([]);
  useEffect(() => {
    const follow = (): void => setView({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    const place = (): void => {
      setGaps(
        continuityGaps(result, (id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? { ...n.position() } : null;
        }),
      );
      follow();
    };
    place();
    cy.on('viewport resize', follow);
    cy.on('position', 'node', place);
    return () => {
      if (cy.destroyed()) return;
      cy.off('viewport resize', follow);
      cy.off('position', 'node', place);
    };
  }, [cy, result]);
  return (
    <div className="continuity-gaps" data-testid="continuity-gaps" aria-hidden="false">
      {gaps.map((g) => (
        <span
          key={pairKey(g.from, g.to)}
          className={`continuity-gap${g.arcs === 0 ? ' none' : ''}`}
          data-testid="continuity-gap"
          data-arcs={g.arcs}
          style={{ left: g.at.x * view.zoom + view.pan.x, top: g.at.y * view.zoom + view.pan.y, fontSize: `${Math.max(11, Math.min(16, 18 * view.zoom))}px` }}
          title={t('continuity.gapTitle', { a: g.from, b: g.to, arcs: g.arcs })}
        >
          {t('continuity.gap', { arcs: g.arcs })}
        </span>
      ))}
    </div>
  );
}
