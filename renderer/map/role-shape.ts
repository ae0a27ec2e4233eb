/**
 * Shapes by role, so leaders and specialists stand out without reading labels:
 * leaders (director, deputy) are squares, specialists (reading expert, coach, IB) diamonds.
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

export const ROLE_SHAPES: Record<RoleKind, string> = { leader: 'round-rectangle', expert: 'diamond', other: 'ellipse' };
