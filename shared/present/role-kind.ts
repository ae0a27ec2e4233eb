/**
 * What kind of role someone has, as the map shows it by shape: leaders (director, deputy)
 * and specialists (reading expert, coach, IB) stand out without reading labels. The one
 * rule for the map, its legend and the re-identification check.
 */
export type RoleKind = 'leader' | 'expert' | 'other';

const LEADER = /(directeur|director|adjunct|deputy|principal|schoolleider|locatieleider|head ?teacher)/i;
const EXPERT = /(specialist|expert|coach|intern begeleider|\bib\b|coördinator|coordinator|consultant)/i;

export function roleKind(role: string | null): RoleKind {
  if (!role) return 'other';
  if (LEADER.test(role)) return 'leader';
  if (EXPERT.test(role)) return 'expert';
  return 'other';
}

export const ROLE_KINDS: readonly RoleKind[] = ['leader', 'expert', 'other'];

/** The role kinds drawn for these people, in the legends' fixed order. */
export function kindsDrawn(ids: readonly string[], kindOf: (id: string) => RoleKind): RoleKind[] {
  const drawn = new Set(ids.map(kindOf));
  return ROLE_KINDS.filter((k) => drawn.has(k));
}
