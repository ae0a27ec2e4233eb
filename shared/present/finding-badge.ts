/**
 * The badge a finding wears: its severity ("Belangrijk", "Aandachtspunt"), except a strength
 * (someone who connects groups), which is called one — not "Klein punt".
 */
import type { Finding } from '../findings/types';
import type { MessageKey } from '../i18n/messages-en';

export function badgeKey(finding: Pick<Finding, 'kind' | 'severity'>): MessageKey {
  return finding.kind === 'broker' ? 'severity.strength' : `severity.${finding.severity}`;
}

/** The badge's style class. */
export function badgeClass(finding: Pick<Finding, 'kind' | 'severity'>): string {
  return finding.kind === 'broker' ? 'badge badge-strength' : `badge badge-${finding.severity}`;
}
