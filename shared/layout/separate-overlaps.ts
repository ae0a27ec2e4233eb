/**
 * Pushes apart people whose discs overlap (plus a gap), a few sweeps of pairwise pushes
 * over a grid, until none touch. Used after the force layout, which places people by
 * their ties and can put two with the same colleagues on one spot. Deterministic.
 */
import type { Disc } from './geometry';
import { DiscGrid } from './disc-grid';

export function separateOverlaps(discs: Disc[], { gap = 8, sweeps = 60 }: { gap?: number; sweeps?: number } = {}): Disc[] {
  const moved = discs.map((d) => ({ ...d }));
  const largest = Math.max(...moved.map((d) => d.r), 1);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const grid = new DiscGrid(moved, 2 * largest + gap);
    let pushed = false;
    for (const a of moved) {
      for (const b of grid.near({ x1: a.x - a.r - gap, y1: a.y - a.r - gap, x2: a.x + a.r + gap, y2: a.y + a.r + gap })) {
        if (b.id <= a.id) continue;
        const need = a.r + b.r + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= need) continue;
        if (distance < 1e-6) {
          // The same spot: apart along a direction that depends only on the two ids.
          const angle = ((hash(a.id + '\u0000' + b.id) % 360) * Math.PI) / 180;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (need - distance) / 2 + 0.01;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        pushed = true;
      }
    }
    if (!pushed) break;
  }
  return moved;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
