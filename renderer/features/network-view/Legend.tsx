/**
 * The always-visible legend: group colours, what size means, role shapes, and how
 * mutual and one-way ties are drawn.
 */
import { kindsDrawn } from '../../../shared/present/role-kind';
import { hasGrades } from './continuity-gaps';
import { ShowMore, useShownCount } from '../../components/ShowMore';
import type { ReactElement } from 'react';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { useT } from '../../state/use-t';
import { useAppState } from '../../state/app-store';
import { colourMapping } from './map-elements';
import { NO_GROUP_COLOUR } from '../../../shared/present/palette';
import type { RoleKind } from '../../map/role-shape';
import { useNames } from '../../state/use-names';

const SHAPE_ICONS: Record<RoleKind, ReactElement> = {
  leader: <rect x="2" y="2" width="12" height="12" rx="2" />,
  expert: <polygon points="8,1 15,8 8,15 1,8" />,
  other: <circle cx="8" cy="8" r="6.5" />,
};

/** Groups named in the legend at first (a district has hundreds of schools). */
const LEGEND_GROUPS = 16;

/** What the red ties on the map are, when something is picked out (a finding, a person, two groups). */
export type Emphasis = 'finding' | 'person' | 'block' | null;

export function Legend({ result, emphasis = null }: { result: AnalysisResult; emphasis?: Emphasis }) {
  const t = useT();
  const view = useAppState((s) => s.view);
  const { attribute, valueOf, colours } = colourMapping(result, view);
  const groups = [...colours.keys()];
  const [shown, setShown] = useShownCount(LEGEND_GROUPS, result);
  const hasUngrouped = result.analysis.nodes.some((n) => !valueOf(n.id));
  const names = useNames(result);
  const kinds = kindsDrawn(
    result.analysis.nodes.map((n) => n.id),
    names.kindOf,
  );
  const hasNonRespondents = result.analysis.nodes.some((n) => !n.responded);
  const metric = t(`metric.${view.sizeBy}`);
  return (
    <aside className="legend" aria-label={t('legend.title')} data-testid="legend">
      {groups.length > 0 && (
        <div className="legend-block">
          <div className="legend-heading">
            {attribute && attribute !== result.source.groupAttribute ? t('legend.colourBy', { attribute }) : t('legend.groups')}
          </div>
          <ul>
            {groups.slice(0, shown).map((g) => (
              <li key={g}>
                <svg width="14" height="14" aria-hidden="true">
                  <circle cx="7" cy="7" r="6" fill={colours.get(g)} />
                </svg>
                {g}
              </li>
            ))}
            {hasUngrouped && (
              <li>
                <svg width="14" height="14" aria-hidden="true">
                  <circle cx="7" cy="7" r="6" fill={NO_GROUP_COLOUR} />
                </svg>
                {t('legend.noGroup')}
              </li>
            )}
          </ul>
          <ShowMore shown={shown} total={groups.length} step={groups.length} initial={LEGEND_GROUPS} onChange={setShown} testId="legend-more" />
        </div>
      )}
      <div className="legend-block">
        <div className="legend-heading">{t('legend.size', { metric })}</div>
        {kinds.length > 1 && (
          <ul>
            {kinds.map((k) => (
              <li key={k}>
                <svg width="16" height="16" aria-hidden="true" className="legend-shape">
                  {SHAPE_ICONS[k]}
                </svg>
                {t(`legend.shape.${k}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="legend-block">
        <div className="legend-heading">{t('legend.ties')}</div>
        <ul>
          <li>
            <svg width="36" height="12" aria-hidden="true" className="legend-line">
              <path d="M4 6 H32" />
              <path d="M0 6 L6 2 L6 10 Z M36 6 L30 2 L30 10 Z" className="legend-arrow" />
            </svg>
            {t('legend.mutual')}
          </li>
          <li>
            <svg width="36" height="12" aria-hidden="true" className="legend-line">
              <path d="M2 6 H32" />
              <path d="M36 6 L30 2 L30 10 Z" className="legend-arrow" />
            </svg>
            {t('legend.oneWay')}
          </li>
          {view.layout === 'continuity' && hasGrades(result) && (
            <li data-testid="legend-continuity">
              <svg width="36" height="12" aria-hidden="true" className="legend-line legend-continuity">
                <path d="M2 6 H34" />
              </svg>
              {t('legend.continuity')}
            </li>
          )}
          {emphasis && (
            <li data-testid="legend-emphasis">
              <svg width="36" height="12" aria-hidden="true" className="legend-line legend-emphasis">
                <path d="M2 6 H34" />
              </svg>
              {t(`legend.emphasis.${emphasis}`)}
            </li>
          )}
          {hasNonRespondents && (
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="6" className="legend-dashed" />
              </svg>
              {t('legend.nonRespondent')}
            </li>
          )}
        </ul>
      </div>
    </aside>
  );
}
