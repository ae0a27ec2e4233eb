/**
 * Collects ties while importing: drops self-nominations and merges duplicates, putting
 * each in the report. Duplicate nominations keep the highest weight (the strongest
 * answer a respondent gave about that colleague); when the answers differ ("Nooit" in one
 * column, "Dagelijks" in another, or two weights for one pair in an edge list) the report
 * shows both with their rows and which one counts.
 */
import type { Tie } from '../network/types';
import type { ReportItem } from './import-report';

export interface Origin {
  file: string;
  row: number;
  column: string | null;
  value: string;
  /** The answer as written ("Dagelijks", "2,5"), when it is more than "named". */
  answer?: string;
}

interface Seen {
  weight: number;
  row: number;
  answer: string;
}

export class TieCollector {
  private readonly ties = new Map<string, Tie>();
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly items: ReportItem[]) {}

  /** A weight of 0 is an observed "never": no tie, but a conflict with a later "daily" is shown. */
  add(source: string, target: string, weight: number, origin: Origin): void {
    if (source === target) {
      if (weight > 0) this.items.push({ kind: 'self-nomination', ...withoutAnswer(origin) });
      return;
    }
    const key = `${source}\u0000${target}`;
    const answer = origin.answer ?? String(weight);
    const earlier = this.seen.get(key);
    if (earlier) {
      const kept = weight > earlier.weight ? answer : earlier.answer;
      if (weight !== earlier.weight) {
        this.items.push({
          kind: 'conflicting-answers',
          ...withoutAnswer(origin),
          detail: String(earlier.row),
          answers: [
            { row: earlier.row, answer: earlier.answer },
            { row: origin.row, answer },
          ],
          kept,
        });
      } else if (weight > 0) {
        this.items.push({ kind: 'duplicate-nomination', ...withoutAnswer(origin), detail: String(earlier.row) });
      }
      if (weight > earlier.weight) {
        this.seen.set(key, { weight, row: origin.row, answer });
        const tie = this.ties.get(key);
        if (tie) tie.weight = weight;
        else this.ties.set(key, { source, target, weight });
      }
      return;
    }
    this.seen.set(key, { weight, row: origin.row, answer });
    if (weight > 0) this.ties.set(key, { source, target, weight });
  }

  list(): Tie[] {
    return [...this.ties.values()];
  }
}

const withoutAnswer = ({ answer: _answer, ...origin }: Origin) => origin;
