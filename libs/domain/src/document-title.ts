/**
 * Chinese title marks (书名号, GB/T 15834-2011 4.15): a title inside a title takes the single
 * marks 〈〉, so 《青岛市落实〈技能人才薪酬分配指引〉工作方案》, never 《…《…》…》. Marks alternate
 * with each further level of nesting.
 */

const OPENING = new Set(['《', '〈']);
const CLOSING = new Set(['》', '〉']);

/** `title` within 《》, the titles it quotes itself within 〈〉 (and theirs within 《》 again). */
export function quoteTitle(title: string): string {
  let text = title.trim();
  // already quoted as a whole: quoted once, not twice
  if (text.startsWith('《') && text.endsWith('》') && closingOf(text, 0) === text.length - 1) {
    text = text.slice(1, -1);
  }
  let depth = 1;
  let quoted = '《';
  for (const char of text) {
    if (OPENING.has(char)) {
      quoted += depth % 2 === 1 ? '〈' : '《';
      depth += 1;
    } else if (CLOSING.has(char) && depth > 1) {
      depth -= 1;
      quoted += depth % 2 === 1 ? '〉' : '》';
    } else {
      quoted += char;
    }
  }
  return `${quoted}》`;
}

/** The index of the mark closing the one opened at `start`, or -1. */
function closingOf(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (OPENING.has(text[i])) depth += 1;
    else if (CLOSING.has(text[i])) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}
