/**
 * Shapes by role kind (shared/present/role-kind.ts): leaders are squares, specialists
 * diamonds, everyone else a disc.
 */
import type { RoleKind } from '../../shared/present/role-kind';

export { roleKind, type RoleKind } from '../../shared/present/role-kind';

export const ROLE_SHAPES: Record<RoleKind, string> = { leader: 'round-rectangle', expert: 'diamond', other: 'ellipse' };
