/**
 * A uniform grid over the people on a map, so "who is near this line" is asked of the few
 * people in the cells the line crosses instead of everyone (routing thousands of ties).
 */
import type { Disc } from './geometry';

export class DiscGrid {
  private readonly cells = new Map<number, Disc[]>();

  constructor(
    discs: Disc[],
    private readonly cell: number,
  ) {
    for (const d of discs) {
      const [cx1, cy1, cx2, cy2] = this.span(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r);
      for (let cx = cx1; cx <= cx2; cx++)
        for (let cy = cy1; cy <= cy2; cy++) {
          const key = DiscGrid.key(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(d);
          else this.cells.set(key, [d]);
        }
    }
  }

  /** A cell's key as one number (cells are within ±2^20 of the origin on any map). */
  private static key(cx: number, cy: number): number {
    return (cx + 1048576) * 2097152 + (cy + 1048576);
  }

  private span(x1: number, y1: number, x2: number, y2: number): [number, number, number, number] {
    return [Math.floor(x1 / this.cell), Math.floor(y1 / this.cell), Math.floor(x2 / this.cell), Math.floor(y2 / this.cell)];
  }

  /** Every disc that may reach into the box (each once). */
  near(box: { x1: number; y1: number; x2: number; y2: number }): Disc[] {
    const [cx1, cy1, cx2, cy2] = this.span(box.x1, box.y1, box.x2, box.y2);
    // A huge box (a tie across the whole map) is cheaper as a scan of the occupied cells.
    const found = new Set<Disc>();
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > this.cells.size) {
      for (const [key, list] of this.cells) {
        const cx = Math.floor(key / 2097152) - 1048576;
        const cy = (key % 2097152) - 1048576;
        if (cx >= cx1 && cx <= cx2 && cy >= cy1 && cy <= cy2) for (const d of list) found.add(d);
      }
      return [...found];
    }
    for (let cx = cx1; cx <= cx2; cx++) for (let cy = cy1; cy <= cy2; cy++) for (const d of this.cells.get(DiscGrid.key(cx, cy)) ?? []) found.add(d);
    return [...found];
  }
}
