/** The response-rate warning (below 80%, strongly below 65%), worded once for the wizard and the import report. */
import { responseWarning } from '../../shared/findings/response-rate';
import { useTKey } from '../state/use-t';

export function ResponseWarning({ rate }: { rate: number | null }) {
  const tKey = useTKey();
  const warning = responseWarning(rate);
  return warning ? (
    <p className="notice warning" data-testid="response-warning">
      {tKey(warning.key, warning.params)}
    </p>
  ) : null;
}
