/**
 * Long lists (thousands of people, hundreds of findings or groups) show their first part
 * and grow on request: rendering every row of a district-wide network at once would
 * freeze the page, and nobody reads 5,000 rows on screen (the CSV export has them all).
 */
import { useEffect, useState } from 'react';
import { useT } from '../state/use-t';

/** How many items to show; back to `initial` whenever `resetKey` changes (a new network). */
export function useShownCount(initial: number, resetKey: unknown): [number, (n: number) => void] {
  const [shown, setShown] = useState(initial);
  useEffect(() => setShown(initial), [initial, resetKey]);
  return [shown, setShown];
}

export function ShowMore({
  shown,
  total,
  step,
  initial,
  onChange,
  testId,
}: {
  shown: number;
  total: number;
  step: number;
  initial: number;
  onChange: (n: number) => void;
  testId: string;
}) {
  const t = useT();
  if (total <= initial) return null;
  return (
    <div className="show-more" data-testid={testId}>
      <span className="muted" role="status">
        {t('more.showing', { shown: Math.min(shown, total), total })}
      </span>
      {shown < total && (
        <button type="button" className="link-button" onClick={() => onChange(shown + step)} data-testid={`${testId}-next`}>
          {t('more.next', { count: Math.min(step, total - shown) })}
        </button>
      )}
      {shown < total && (
        <button type="button" className="link-button" onClick={() => onChange(total)} data-testid={`${testId}-all`}>
          {t('more.all', { total })}
        </button>
      )}
      {shown >= total && (
        <button type="button" className="link-button" onClick={() => onChange(initial)} data-testid={`${testId}-fewer`}>
          {t('more.fewer')}
        </button>
      )}
    </div>
  );
}
