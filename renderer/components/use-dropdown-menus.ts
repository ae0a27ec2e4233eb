/**
 * The app's drop-down menus (File, Export, the map's Filters) are <details data-menu>: this
 * hook closes an open one with Esc (focus back on its button) and when the user clicks or
 * taps anywhere outside it, as menus do. Mounted once, by the app.
 */
import { useEffect } from 'react';

const OPEN_MENUS = 'details[data-menu][open]';

export function useDropdownMenus(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      const open = [...document.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS)];
      if (open.length === 0) return;
      // Esc closes the menu, not meeting mode or a selection behind it.
      event.preventDefault();
      event.stopPropagation();
      for (const menu of open) menu.open = false;
      open[0]?.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent): void => {
      for (const menu of document.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS)) if (!menu.contains(event.target as Node)) menu.open = false;
    };
    // Capture: the key is the menu's before any other listener sees it.
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
}
