/**
 * Mac Roman, what Excel for Mac writes as "CSV (Macintosh)" (and old Mac exports): ë is 0x91,
 * é 0x8E, a non-breaking space 0xCA, ’ 0xD5, and lines often end in a bare CR. Decoded with our
 * own table (Unicode's MAC/ROMAN.TXT, 0xDB as €). Telling it from Windows-1252 needs a guess:
 * `macRomanScore` counts what each reading makes of the bytes above 0x7F — letters inside words
 * for the right one, symbols and capitals inside words for the wrong one.
 */

const HIGH = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

export function decodeMacRoman(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const end = Math.min(bytes.length, start + 8192);
    const chars = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      chars[i - start] = b >= 0x80 ? (HIGH[b - 0x80] as string) : String.fromCharCode(b);
    }
    parts.push(chars.join(''));
  }
  return parts.join('');
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * How plausible a decoding is as text, from its characters above 0x7F: a lower-case letter
 * inside a word (+1), typography beside spaces or punctuation such as "–", "…", "€" (+0.5) and a ’
 * inside a word (+1) are what real text has; a letter standing alone, a capital or a symbol
 * between two lower-case letters (−1) is what the wrong table makes of it.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c.charCodeAt(0) < 0x80) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const betweenLower = LOWER.test(before) && LOWER.test(after);
    const touchesLetter = LETTER.test(before) || LETTER.test(after);
    if (c === '’') score += LETTER.test(before) && LETTER.test(after) ? 1 : 0.5;
    else if (LETTER.test(c)) {
      if (!touchesLetter) score -= 1;
      else if (LOWER.test(c)) score += 1;
      else if (UPPER.test(c) && betweenLower) score -= 1;
    } else if (betweenLower) score -= 1;
    else if (!touchesLetter || !LETTER.test(after) || !LETTER.test(before)) score += 0.5;
  }
  return score;
}
