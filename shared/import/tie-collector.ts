/**
 * Collects ties while importing: drops self-nominations and merges duplicates, putting
 * each in the report. Duplicate nominations keep the highest weight (the strongest
 * answer a respondent gave about that colleague).
 */
import type { Tie } from '../network/types';
import type { ReportItem } from './import-report';

export interface Origin {
  file: string;
  row: number;
  column: string | null;
  value: string;
}

export class TieCollector {
  private readonly ties = new Map<string, Tie>();
  private readonly firstRow = new Map<string, number>();

  constructor(private readonly items: ReportItem[]) {}

  add(source: string, target: string, weight: number, origin: Origin): void {
    if (source === target) {
      this.items.push({ kind: 'self-nomination', ...origin });
      return;
    }
    const key = `${source}\u0000${target}`;
    const existing = this.ties.get(key);
    if (existing) {
      this.items.push({
        kind: 'duplicate-nomination',
        ...origin,
        detail: `${this.firstRow.get(key) ?? ''}`,
      });
      existing.weight = Math.max(existing.weight, weight);
      return;
    }
    this.ties.set(key, { source, target, weight });
    this.firstRow.set(key, origin.row);
  }

  list(): Tie[] {
    return [...this.ties.values()];
  }
}
