/**
 * Asking for the printable report: the map on screen becomes its picture and the report is
 * built (it is not kept in the page otherwise). Used by Export → Report and by the
 * browser's own print command.
 */
import { actions } from '../../state/app-store';
import { currentMap } from '../../map/map-registry';
import { withFadesDrawn } from '../../map/veil';
import { pictureScale } from '../../map/picture-scale';

export function requestReport(): void {
  const cy = currentMap();
  actions.requestReport(
    cy && !cy.destroyed() ? withFadesDrawn(cy, () => cy.png({ full: true, scale: pictureScale(cy, 2, 4096), bg: '#ffffff' }) as string) : null,
  );
}
