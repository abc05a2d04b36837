import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import type { Font as KitFont } from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';

/**
 * Fonts for the documents: DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` npm
 * package, so the server does not depend on fonts of the host system. DejaVu covers every
 * letter, sequence and combining mark of DIN 91379 (checked in the tests), which the names in
 * the register may contain (C7).
 *
 * The font files are read and parsed once per process: pdf-lib would otherwise re-parse the
 * 750 kB TrueType file for every document. Each document still gets its own subset.
 */

const require = createRequire(import.meta.url);

/** Ligatures off: names must extract and read letter by letter ("ff" in "Hoffmann" stays two f). */
const FEATURES = { liga: false } as const;

export type FaceName = 'regular' | 'bold';

const FILES: Record<FaceName, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

interface LoadedFont {
  bytes: Uint8Array;
  kit: KitFont;
  /** Code point → has glyph; the cmap lookup is cheap but names repeat across documents. */
  coverage: Map<number, boolean>;
  /** Text → advance width in font units, kerning included (what Face.draw sets). */
  widths: Map<string, number>;
  /** Grapheme with marks → the form (NFC or NFD) this font positions best. */
  clusters: Map<string, string>;
}

const loaded = new Map<FaceName, LoadedFont>();
const byBytes = new WeakMap<Uint8Array, KitFont>();

function load(name: FaceName): LoadedFont {
  let font = loaded.get(name);
  if (!font) {
    const bytes = new Uint8Array(readFileSync(require.resolve(FILES[name])));
    const kit = memoizeLayout(fontkit.create(bytes as Buffer));
    byBytes.set(bytes, kit);
    font = { bytes, kit, coverage: new Map(), widths: new Map(), clusters: new Map() };
    loaded.set(name, font);
  }
  return font;
}

/**
 * Shaping (GSUB/GPOS) is most of the cost of a document, and most lines repeat across documents
 * (labels, headings, footer phrases). pdf-lib shapes every string again in encodeText, so the
 * memo sits on the font object itself, where both pdf-lib and Face find it. A GlyphRun is only
 * read, never changed, by either, so sharing it is safe.
 */
function memoizeLayout(kit: KitFont): KitFont {
  const shape = kit.layout.bind(kit);
  const runs = new Map<string, ReturnType<KitFont['layout']>>();
  kit.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (features !== FEATURES || rest.length > 0) return shape(text, features as never, ...(rest as []));
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= 5_000) runs.clear(); // bounded: names and numbers are one-offs
      run = shape(text, features as never);
      runs.set(text, run);
    }
    return run;
  };
  return kit;
}

/** Reads and parses both faces now, so the first request does not pay for it. */
export function preloadFonts(): void {
  for (const name of Object.keys(FILES) as FaceName[]) {
    const { kit } = load(name);
    kit.layout('Łukasz Żółkiewski-Nguyễn 0123456789', FEATURES); // warms cmap, GSUB and glyph tables
  }
}

/** The fontkit that pdf-lib gets: hands out the already parsed font for our cached bytes. */
const cachingFontkit = {
  create(data: Uint8Array, postscriptName?: string): KitFont {
    return byBytes.get(data) ?? fontkit.create(data as Buffer, postscriptName);
  },
};

/** A face embedded in one document plus the process-wide metrics of its font. */
export class Face {
  private constructor(
    readonly pdf: PDFFont,
    private readonly font: LoadedFont,
  ) {}

  static async embed(doc: PDFDocument, name: FaceName): Promise<Face> {
    const font = load(name);
    doc.registerFontkit(cachingFontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const pdf = await doc.embedFont(font.bytes, {
      subset: true,
      features: FEATURES,
      // "ABCDEF+" marks a subset (PDF 32000 9.6.4); pdf-lib would write no tag.
      customName: `${subsetTag()}+${font.kit.postscriptName ?? name}`,
    });
    return new Face(pdf, font);
  }

  /** Width in points of prepared text at the given size, with kerning, as {@link draw} sets it. */
  width(text: string, size: number): number {
    const { widths, kit } = this.font;
    let units = widths.get(text);
    if (units === undefined) {
      units = 0;
      for (const position of kit.layout(text, FEATURES).positions) units += position.xAdvance;
      if (widths.size > 20_000) widths.clear(); // bounded; words repeat a lot, names do not
      widths.set(text, units);
    }
    return (units * size) / kit.unitsPerEm;
  }

  /**
   * Draws one line of prepared text with its baseline at (x, y).
   *
   * pdf-lib's drawText places glyphs by their advance widths only and drops the font's GPOS
   * positioning. That loses kerning and, worse, mark attachment: a combining macron over a
   * capital (DIN 91379 sequences such as L̥̄) would sit at x-height, inside the letter. So the
   * line is shaped here with fontkit and written as one TJ array with the offsets, using text
   * rise for raised or lowered marks. pdf-lib still does the subsetting and the ToUnicode map
   * (via encodeText, which shapes identically), so the text stays selectable and extractable.
   */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, color: RGB): void {
    if (!text) return;
    const { kit } = this.font;
    const run = kit.layout(text, FEATURES);
    const hex = this.pdf.encodeText(text).asString(); // 4 hex digits per glyph of the same run
    if (hex.length !== run.glyphs.length * 4) throw new Error('Glyph run and encoded text disagree');
    const toPoints = size / kit.unitsPerEm;
    const toThousandths = 1000 / kit.unitsPerEm; // TJ adjustments are in 1/1000 of the font size

    const key = page.node.newFontDictionary(this.pdf.name, this.pdf.ref);
    const ops: PDFOperator[] = [];
    // Text extraction works from glyph positions; zero-width marks confuse it (poppler sees a
    // mark and the next letter at one spot as overprinted text and splits the word), and a
    // cluster drawn decomposed would extract as NFD. /ActualText gives extractors, copy & paste
    // and screen readers the NFC text of the line instead.
    const actualText = run.glyphs.some((glyph) => glyph.advanceWidth === 0) || text !== text.normalize('NFC');
    if (actualText) {
      const properties = page.doc.context.obj({ ActualText: PDFHexString.fromText(text.normalize('NFC')) });
      // An inline property dictionary is valid here (PDF 32000 14.6.2); pdf-lib's types just omit it.
      const inline = properties as unknown as PDFArray;
      ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), inline]));
    }
    ops.push(
      pushGraphicsState(),
      beginText(),
      setFillingRgbColor(color.red, color.green, color.blue),
      setFontAndSize(key, size),
      setTextMatrix(1, 0, 0, 1, x, y),
    );
    let items = PDFArray.withContext(page.doc.context);
    let pending = '';
    const flush = () => {
      if (pending) items.push(PDFHexString.of(pending));
      pending = '';
      if (items.size() > 0) ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [items]));
      items = PDFArray.withContext(page.doc.context);
    };

    let pen = 0; // where the font's positioning puts the next glyph (font units)
    let viewerPen = 0; // where a viewer's pen is after the glyphs written so far (/W widths)
    let rise = 0;
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i]!;
      if (position.yOffset !== rise) {
        flush();
        rise = position.yOffset;
        ops.push(setTextRise(rise * toPoints));
      }
      const target = pen + position.xOffset;
      if (Math.abs(target - viewerPen) > 0.5) {
        if (pending) items.push(PDFHexString.of(pending));
        pending = '';
        items.push(PDFNumber.of(Math.round((viewerPen - target) * toThousandths * 100) / 100));
        viewerPen = target;
      }
      pending += hex.slice(i * 4, i * 4 + 4);
      viewerPen += glyph.advanceWidth;
      pen += position.xAdvance;
    });
    flush();
    ops.push(endText(), popGraphicsState());
    if (actualText) ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    page.pushOperators(...ops);
  }

  has(codePoint: number): boolean {
    const { coverage, kit } = this.font;
    let known = coverage.get(codePoint);
    if (known === undefined) {
      known = kit.hasGlyphForCodePoint(codePoint);
      coverage.set(codePoint, known);
    }
    return known;
  }

  /**
   * Makes text drawable with this face: NFC (names arrive NFD from some eID sources, C7),
   * control characters become spaces (the caller splits lines before).
   *
   * A letter with marks that has no precomposed form (the DIN 91379 sequences, e.g. Ḳ̄) is
   * shaped both composed and decomposed and the form whose marks the font actually attaches
   * wins: DejaVu has anchors for K + macron but not for Ḳ + macron. Where the font lacks a
   * letter, the decomposed form is used; only a code point that cannot be drawn either way
   * becomes U+FFFD, so nothing silently turns into an empty box.
   */
  prepare(text: string): string {
    const nfc = text.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
    if (!MARK.test(nfc) && this.covers(nfc)) return nfc; // the common case
    let out = '';
    for (const { segment } of graphemes.segment(nfc)) out += this.cluster(segment);
    return out;
  }

  private cluster(segment: string): string {
    if (segment.length === 1) return this.has(segment.codePointAt(0)!) ? segment : '\ufffd';
    const cache = this.font.clusters;
    let best = cache.get(segment);
    if (best === undefined) {
      const nfd = segment.normalize('NFD');
      const candidates = [segment, nfd].filter((form) => this.covers(form));
      if (candidates.length === 0) {
        best = '';
        for (const ch of nfd) best += this.has(ch.codePointAt(0)!) ? ch : '\ufffd';
      } else {
        best = candidates.reduce((a, b) => (this.attachedMarks(b) > this.attachedMarks(a) ? b : a));
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(segment, best);
    }
    return best;
  }

  /** How many zero-width glyphs the font moved or replaced (i.e. positioned as marks). */
  private attachedMarks(text: string): number {
    const { kit } = this.font;
    const run = kit.layout(text, FEATURES);
    let count = 0;
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i]!;
      if (glyph.advanceWidth !== 0) return;
      const nominal = kit.glyphForCodePoint(glyph.codePoints[0] ?? 0);
      if (position.xOffset !== 0 || position.yOffset !== 0 || nominal.id !== glyph.id) count++;
    });
    return count;
  }

  private covers(text: string): boolean {
    for (const ch of text) if (!this.has(ch.codePointAt(0)!)) return false;
    return true;
  }
}

/** Combining marks: their presence sends text through the per-cluster path. */
const MARK = /\p{M}/u;

function subsetTag(): string {
  let tag = '';
  for (const byte of randomBytes(6)) tag += String.fromCharCode(65 + (byte % 26));
  return tag;
}

export const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** For tests: does the regular or bold font have a glyph for every code point of text (after NFC)? */
export function fontCovers(name: FaceName, text: string): boolean {
  const { kit } = load(name);
  for (const ch of text.normalize('NFC')) if (!kit.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
  return true;
}

/**
 * Outline of text in the given face as an SVG path (font units, y pointing down as SVG expects)
 * plus its advance width and cap height. Used for the watermark, which is drawn as a shape so it
 * never ends up in copied or extracted text, nor in what a screen reader announces.
 */
export function outlineOf(name: FaceName, text: string): { d: string; width: number; capHeight: number; unitsPerEm: number } {
  const { kit } = load(name);
  const run = kit.layout(text, FEATURES);
  let x = 0;
  let d = '';
  run.glyphs.forEach((glyph, i) => {
    const path = glyph.path as unknown as FontkitPath;
    d += path.scale(1, -1).translate(x, 0).toSVG();
    x += run.positions[i]!.xAdvance;
  });
  const capHeight = kit.glyphForCodePoint(0x48).bbox.maxY; // 'H'
  return { d, width: x, capHeight, unitsPerEm: kit.unitsPerEm };
}

/** The transform helpers exist at runtime but are missing from @pdf-lib/fontkit's typings. */
interface FontkitPath {
  scale(sx: number, sy: number): FontkitPath;
  translate(x: number, y: number): FontkitPath;
  toSVG(): string;
}
