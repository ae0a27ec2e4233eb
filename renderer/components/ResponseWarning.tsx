/** The response-rate warning (below 80%, strongly below 65%), worded once for the wizard and the import report. */
import { responseWarning } from '../../shared/findings/response-rate';
import { useT } from '../state/use-t';

export function ResponseWarning({ rate }: { rate: number | null }) {
  const t = useT();
  const warning = responseWarning(rate);
  return warning ? (
    <p className="notice warning" data-testid="response-warning">
      {t(warning.key, warning.params)}
    </p>
  ) : null;
}
