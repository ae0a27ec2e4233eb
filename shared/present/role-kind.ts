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
