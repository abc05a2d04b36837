import { graphemes, type Face } from './fonts.ts';

/**
 * Greedy line breaking for one face and size. Breaks at spaces; a word wider than the line
 * (long compound names, URLs) breaks after a hyphen or slash, and only as a last resort
 * between two graphemes — never inside one, so a combining mark stays on its letter.
 * Explicit newlines in the input start a new line. Runs of white space collapse to one space.
 *
 * A line that ends at a space or a newline keeps one space at its end. It is invisible on paper,
 * but text extraction and screen readers join the lines of a paragraph or table cell, and without
 * it the last word of a line and the first of the next would run together (PDF 32000-1 14.8.2.5:
 * word breaks are explicit spaces in tagged PDF). A break inside a long word adds nothing.
 */
export function wrapText(face: Face, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const spaceWidth = face.width(' ', size);
  const paragraphs = text.split(/\r\n|\r|\n/);
  paragraphs.forEach((paragraph, p) => {
    const words = face.prepare(paragraph).split(/\s+/).filter(Boolean);
    let line = '';
    let lineWidth = 0;
    words.forEach((word, index) => {
      const pieces = face.width(word, size) <= maxWidth ? [word] : splitLongWord(face, word, size, maxWidth);
      pieces.forEach((piece, pieceIndex) => {
        const width = face.width(piece, size);
        const gap = line && index > 0 && pieceIndex === 0 ? spaceWidth : 0;
        if (line && lineWidth + gap + width > maxWidth) {
          lines.push(pieceIndex === 0 ? `${line} ` : line); // pieceIndex 0: the break is at a space
          line = piece;
          lineWidth = width;
        } else {
          line += (gap ? ' ' : '') + piece;
          lineWidth += gap + width;
        }
      });
    });
    // An empty paragraph keeps its (empty) line.
    lines.push(line && p < paragraphs.length - 1 ? `${line} ` : line);
  });
  return lines;
}

function splitLongWord(face: Face, word: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  for (const part of word.split(/(?<=[-/‐–])/)) {
    if (face.width(part, size) <= maxWidth) {
      pieces.push(part);
      continue;
    }
    let chunk = '';
    for (const { segment } of graphemes.segment(part)) {
      if (chunk && face.width(chunk + segment, size) > maxWidth) {
        pieces.push(chunk);
        chunk = '';
      }
      chunk += segment;
    }
    if (chunk) pieces.push(chunk);
  }
  return pieces;
}

/** The text cut to one line of maxWidth, with an ellipsis when something had to go. */
export function fitOneLine(face: Face, text: string, size: number, maxWidth: number): string {
  const prepared = face.prepare(text).replace(/\s+/g, ' ').trim();
  if (face.width(prepared, size) <= maxWidth) return prepared;
  let out = '';
  for (const { segment } of graphemes.segment(prepared)) {
    if (face.width(`${out}${segment}…`, size) > maxWidth) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
