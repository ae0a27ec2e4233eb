/**
 * The names and role shapes as shown (hidden names, folded roles, the "me" view) put on a map's
 * people — only where they changed, since each change restyles a node. The network map and the
 * comparison map both use it.
 */
import type { Core } from 'cytoscape';
import type { RoleKind } from '../../shared/present/role-kind';
import { ROLE_SHAPES } from './role-shape';

export function applyNaming(cy: Core, naming: { nameOf: (id: string) => string; kindOf: (id: string) => RoleKind }): void {
  if (cy.destroyed()) return;
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const label = naming.nameOf(n.id());
      if (n.data('label') !== label) n.data('label', label);
      const shape = ROLE_SHAPES[naming.kindOf(n.id())];
      if (n.data('shape') !== shape) n.data('shape', shape);
    }),
  );
}
