/**
 * The kit's question for Qualtrics, in its Advanced Format TXT (Survey → Tools → Import/Export
 * → Import Survey): the respondent's own name as a dropdown (`[[Question:MC:Dropdown]]`) and
 * the colleagues as a multiple-answer question (`[[Question:MC:MultipleAnswer]]`), one choice
 * per line after `[[Choices]]`. Tags as in Qualtrics' Advanced Format documentation.
 */
import type { KitPerson } from './kit-people';

/** Qualtrics reads a tag on any line that starts with "[[": a choice never may. */
const line = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/^\[\[/, '[ [');

export function qualtricsAdvancedFormat(people: KitPerson[], texts: { block: string; ownName: string; question: string }): string {
  const choices = people.map((p) => line(p.label));
  return [
    '[[AdvancedFormat]]',
    '',
    `[[Block:${line(texts.block).replace(/[[\]]/g, '')}]]`,
    '',
    '[[Question:MC:Dropdown]]',
    '[[ID:Q1]]',
    line(texts.ownName),
    '[[Choices]]',
    ...choices,
    '',
    '[[Question:MC:MultipleAnswer]]',
    '[[ID:Q2]]',
    line(texts.question),
    '[[Choices]]',
    ...choices,
    '',
  ].join('\r\n');
}
