import QRCode from 'qrcode';
import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, type PDFOperator } from 'pdf-lib';

/** Dark modules of a QR code, row-major, as horizontal runs (fewer path segments than squares). */
export interface QrMatrix {
  size: number;
  runs: Array<{ row: number; col: number; length: number }>;
}

/**
 * Error correction M (15 %): survives a crease or a smudge on a printout while keeping the
 * modules of a ~70-character URL large enough to scan at 2 cm.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const runs: QrMatrix['runs'] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size, runs };
}

/**
 * Vector operators drawing the code with its lower left corner at (x, y), `side` points wide.
 * One filled path: sharp at any zoom and on any printer. The caller keeps a quiet zone of four
 * modules around it free.
 */
export function qrOperators(matrix: QrMatrix, x: number, y: number, side: number): PDFOperator[] {
  const module = side / matrix.size;
  // A hair of overlap between rows hides anti-aliasing seams in some viewers.
  const overlap = module * 0.02;
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  for (const run of matrix.runs) {
    ops.push(rectangle(x + run.col * module, y + side - (run.row + 1) * module - overlap, run.length * module, module + overlap));
  }
  ops.push(fill(), popGraphicsState());
  return ops;
}
