import { PDFDocument, PageSizes, degrees, rgb, type PDFPage, type RGB } from 'pdf-lib';
import { Face, outlineOf } from './fonts.ts';
import { formatIssueTime } from './format.ts';
import { setMetadata } from './metadata.ts';
import { qrMatrix, qrOperators, type QrMatrix } from './qr.ts';
import { Artifact, StructureBuilder, type StructElement, type Target } from './tagging.ts';
import type { DocumentBlock, DocumentContent } from './types.ts';
import { fitOneLine, wrapText } from './wrap.ts';

/**
 * Lays out a DocumentContent on A4 pages in the manner of a German authority's letter:
 * issuer and information block at the top, title, then the blocks as a two-column
 * label/value table or as running text, a footer with page numbers, document number, issue time,
 * verification code, URL and QR code on every page. Every page also says, in words and as a
 * watermark, that it comes from the test environment.
 *
 * The PDF is tagged (tagging.ts): every draw says whether it is content of a structure element
 * or an artifact. Structure: Document → issuer P's, information Table, H1 title, per block an H2
 * and a Table (TR → TH label + TD value) or P's, the seal note last. Banner, watermark, rules,
 * running header and footer (with the QR code, whose URL is in the seal note as text) and the
 * headings repeated on continuation pages are artifacts, so a screen reader reads each thing
 * once and in order.
 *
 * Coordinates are PDF points from the bottom left. `y` is the top of the next thing to draw.
 */

export const SANDBOX_NOTE = 'Testumgebung – kein amtliches Dokument';
const SANDBOX_DETAIL = 'Fiktive Daten · Siegel mit Testzertifikat · ohne Rechtswirkung';

const MM = 72 / 25.4;
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4 as [number, number];
const LEFT = 25 * MM; // DIN 5008 left margin: room for a punch or binding
const RIGHT = 20 * MM;
const CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
const BANNER_TOP = PAGE_HEIGHT - 10 * MM;
const BANNER_HEIGHT = 19;
const BOTTOM = 10 * MM;
const QR_SIDE = 22 * MM; // with ~33 modules ≈ 0.67 mm each: scans well from paper and screen
const FOOTER_RULE = BOTTOM + QR_SIDE + 10; // > 4 modules of quiet zone above the code
const CONTENT_BOTTOM = FOOTER_RULE + 16;

const SIZE = { title: 17, issuer: 15, office: 11, heading: 11.5, body: 10, label: 9, info: 9.5, small: 8, tiny: 7.5 };
const LINE = 14; // line pitch of table rows and running text
const ROW_PADDING = 3.5;
const LABEL_WIDTH = CONTENT_WIDTH * 0.36;
const COLUMN_GAP = 12;
const VALUE_X = LEFT + LABEL_WIDTH + COLUMN_GAP;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
const INFO_WIDTH = 150;

const COLOR = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.33, 0.35, 0.38), // 7:1 on white, also when printed in grey
  rule: rgb(0.62, 0.64, 0.67),
  hairline: rgb(0.85, 0.86, 0.88),
  accent: rgb(0.0, 0.22, 0.42),
  sandboxFill: rgb(1, 0.95, 0.8),
  sandboxBorder: rgb(0.85, 0.6, 0.1),
  sandboxText: rgb(0.42, 0.25, 0.0),
  watermark: rgb(0.55, 0.4, 0.1),
};

/** Where the QR code sits on every page (points from the bottom left); for tests that read it back. */
export const QR_BOX = { x: LEFT + CONTENT_WIDTH - QR_SIDE, y: BOTTOM, side: QR_SIDE, pageWidth: PAGE_WIDTH, pageHeight: PAGE_HEIGHT };
/** The right edge no text may cross. */
export const TEXT_RIGHT_EDGE = LEFT + CONTENT_WIDTH;

/** Baseline of a line of text of `size` in a box of `LINE` whose top is `top`. */
const baseline = (top: number, size: number) => top - LINE / 2 - size * 0.36;

let watermark: ReturnType<typeof outlineOf> | undefined;

export async function renderDocument(content: DocumentContent): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const [regular, bold] = await Promise.all([Face.embed(doc, 'regular'), Face.embed(doc, 'bold')]);

  // The title is a document type, not a name; the author is the authority, not the person.
  setMetadata(doc, {
    title: content.title,
    author: `${content.issuer.name}, ${content.issuer.office}`,
    creator: 'VOIS-Online',
    producer: 'VOIS-Online Referenzserver (pdf-lib, Testumgebung)',
    language: 'de-DE',
    date: content.issuedAt,
  });

  const tags = new StructureBuilder(doc);
  const composer = new Composer(doc, tags, regular, bold, content);
  composer.start();
  for (const block of content.blocks) composer.block(block);
  composer.block(sealNote(content));
  composer.footers();
  tags.finish();
  return doc;
}

/** Appended to every document, so the caller does not have to phrase it each time. */
function sealNote(content: DocumentContent): DocumentBlock {
  return {
    kind: 'text',
    heading: 'Echtheit und elektronisches Siegel',
    paragraphs: [
      'Dieses Dokument wurde maschinell erstellt und mit einem elektronischen Siegel der ausstellenden Behörde versehen; ' +
        'es ist ohne Unterschrift gültig. Jede Veränderung der Datei macht das Siegel ungültig.',
      `Echtheit prüfen: Rufen Sie ${content.verificationUrl} auf oder scannen Sie den QR-Code in der Fußzeile. ` +
        `Prüfcode: ${content.verificationCode}`,
      'Hinweis: Dies ist ein Dokument der Testumgebung mit fiktiven Daten. Es ist mit einem Testzertifikat gesiegelt ' +
        'und hat keine Rechtswirkung.',
    ],
  };
}

class Composer {
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  /** Where content starts on the current page; a heading there needs no space above it. */
  private top = 0;
  private readonly issued: string;
  private readonly qr: QrMatrix;

  constructor(
    private readonly doc: PDFDocument,
    private readonly tags: StructureBuilder,
    private readonly regular: Face,
    private readonly bold: Face,
    private readonly content: DocumentContent,
  ) {
    this.issued = formatIssueTime(content.issuedAt);
    this.qr = qrMatrix(content.verificationUrl);
  }

  start(): void {
    this.newPage();
  }

  block(block: DocumentBlock): void {
    if (block.kind === 'rows') this.rows(block.heading, block.rows);
    else this.text(block.heading, block.paragraphs);
  }

  /** A new element at the end of the document's structure. */
  private element(type: 'H1' | 'H2' | 'P' | 'Table'): StructElement {
    return this.tags.add(this.tags.root, type);
  }

  // ---------------------------------------------------------------- pages, header, footer

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.drawWatermark();
    this.drawBanner();
    this.y = this.pages.length === 1 ? this.drawFirstHeader() : this.drawContinuationHeader();
    this.top = this.y;
  }

  private drawWatermark(): void {
    watermark ??= outlineOf('bold', 'TESTUMGEBUNG');
    const size = 64;
    const scale = size / watermark.unitsPerEm;
    const angle = (50 * Math.PI) / 180;
    // Rotate about the text's centre and put that centre on the page's centre.
    const cx = (watermark.width * scale) / 2;
    const cy = (watermark.capHeight * scale) / 2;
    const { d } = watermark;
    this.paint(Artifact.watermark, () =>
      this.page.drawSvgPath(d, {
        x: PAGE_WIDTH / 2 - (Math.cos(angle) * cx - Math.sin(angle) * cy),
        y: PAGE_HEIGHT / 2 - (Math.sin(angle) * cx + Math.cos(angle) * cy),
        scale,
        rotate: degrees(50),
        color: COLOR.watermark,
        opacity: 0.07,
      }),
    );
  }

  /** Repeated on every page, so an artifact; the seal note says it once as content. */
  private drawBanner(): void {
    const bottom = BANNER_TOP - BANNER_HEIGHT;
    this.paint(Artifact.header, () =>
      this.page.drawRectangle({
        x: LEFT,
        y: bottom,
        width: CONTENT_WIDTH,
        height: BANNER_HEIGHT,
        color: COLOR.sandboxFill,
        borderColor: COLOR.sandboxBorder,
        borderWidth: 0.75,
      }),
    );
    const y = bottom + BANNER_HEIGHT / 2 - SIZE.small * 0.36;
    const note = fitOneLine(this.bold, SANDBOX_NOTE, SIZE.small, CONTENT_WIDTH - 16);
    this.draw(note, LEFT + 8, y, this.bold, SIZE.small, COLOR.sandboxText, Artifact.header);
    const x = LEFT + 8 + this.bold.width(note, SIZE.small) + 8;
    const detail = fitOneLine(this.regular, SANDBOX_DETAIL, SIZE.tiny, LEFT + CONTENT_WIDTH - 8 - x);
    this.draw(detail, x, y, this.regular, SIZE.tiny, COLOR.sandboxText, Artifact.header);
  }

  /** Issuer on the left, information block (number, date, code) on the right, then the title. */
  private drawFirstHeader(): number {
    const { issuer, title, number, verificationCode } = this.content;
    const headerTop = BANNER_TOP - BANNER_HEIGHT - 20;
    const leftWidth = CONTENT_WIDTH - INFO_WIDTH - 24;

    let y = headerTop;
    let as = this.element('P');
    for (const line of wrapText(this.bold, issuer.name, SIZE.issuer, leftWidth)) {
      this.draw(line, LEFT, y - SIZE.issuer * 0.8, this.bold, SIZE.issuer, COLOR.accent, as);
      y -= SIZE.issuer * 1.3;
    }
    as = this.element('P');
    for (const line of wrapText(this.regular, issuer.office, SIZE.office, leftWidth)) {
      this.draw(line, LEFT, y - SIZE.office * 0.9, this.regular, SIZE.office, COLOR.text, as);
      y -= SIZE.office * 1.35;
    }
    y -= 2;
    as = this.element('P');
    for (const line of wrapText(this.regular, issuer.address, SIZE.label, leftWidth)) {
      this.draw(line, LEFT, y - SIZE.label * 0.9, this.regular, SIZE.label, COLOR.muted, as);
      y -= SIZE.label * 1.4;
    }
    as = this.element('P');
    this.draw(`Amtlicher Gemeindeschlüssel ${issuer.ags}`, LEFT, y - SIZE.tiny * 0.9, this.regular, SIZE.tiny, COLOR.muted, as);
    y -= SIZE.tiny * 1.4;
    this.paint(Artifact.layout, () =>
      this.page.drawRectangle({ x: LEFT - 9, y: y + 2, width: 2.5, height: headerTop - y - 2, color: COLOR.accent }),
    );

    // Label above value on paper; a label/value table for a screen reader, like the rows blocks.
    let infoY = headerTop;
    const infoX = LEFT + CONTENT_WIDTH - INFO_WIDTH;
    const table = this.element('Table');
    for (const [label, value] of [
      ['Dokumentnummer', number],
      ['Ausgestellt am', this.issued],
      ['Prüfcode', verificationCode],
    ] as const) {
      const cells = this.tableRow(table);
      this.draw(label, infoX, infoY - SIZE.tiny * 0.9, this.regular, SIZE.tiny, COLOR.muted, cells.th);
      infoY -= SIZE.tiny * 1.35;
      for (const line of wrapText(this.regular, value, SIZE.info, INFO_WIDTH)) {
        this.draw(line, infoX, infoY - SIZE.info * 0.9, this.regular, SIZE.info, COLOR.text, cells.td);
        infoY -= SIZE.info * 1.3;
      }
      infoY -= 4;
    }

    y = Math.min(y, infoY) - 10;
    this.rule(y, 0.75, COLOR.text);
    y -= 26;
    as = this.element('H1');
    for (const line of wrapText(this.bold, title, SIZE.title, CONTENT_WIDTH)) {
      this.draw(line, LEFT, y - SIZE.title * 0.75, this.bold, SIZE.title, COLOR.text, as);
      y -= SIZE.title * 1.3;
    }
    return y - 6;
  }

  private drawContinuationHeader(): number {
    const { issuer, title, number } = this.content;
    const y = BANNER_TOP - BANNER_HEIGHT - 18;
    // The issuer keeps its full name where possible; title and number take the rest.
    const left = fitOneLine(this.bold, `${issuer.name} · ${issuer.office}`, SIZE.label, CONTENT_WIDTH * 0.45);
    this.draw(left, LEFT, y, this.bold, SIZE.label, COLOR.text, Artifact.header);
    const rightWidth = CONTENT_WIDTH - this.bold.width(left, SIZE.label) - 16;
    const right = fitOneLine(this.regular, `${title} · ${number}`, SIZE.label, rightWidth);
    this.draw(right, LEFT + CONTENT_WIDTH - this.regular.width(right, SIZE.label), y, this.regular, SIZE.label, COLOR.muted, Artifact.header);
    this.rule(y - 7, 0.5, COLOR.rule, Artifact.header);
    return y - 7 - 16;
  }

  /**
   * Drawn last, when the page count is known. All of it is an artifact: it repeats on every page,
   * and what a reader needs from it (code, URL, the sandbox note) is in the seal note as content.
   */
  footers(): void {
    const { title, number, verificationCode, verificationUrl, issuer } = this.content;
    const textWidth = CONTENT_WIDTH - QR_SIDE - 14;
    const pitch = SIZE.small * 1.28;
    const as = Artifact.footer;
    this.pages.forEach((page, index) => {
      this.page = page;
      this.rule(FOOTER_RULE, 0.5, COLOR.rule, as);
      this.paint(as, () => page.pushOperators(...qrOperators(this.qr, QR_BOX.x, QR_BOX.y, QR_BOX.side)));

      let y = FOOTER_RULE - 6 - SIZE.small;
      const pageLabel = `Seite ${index + 1} von ${this.pages.length}`;
      const pageWidth = this.bold.width(pageLabel, SIZE.small);
      this.draw(pageLabel, LEFT + textWidth - pageWidth, y, this.bold, SIZE.small, COLOR.text, as);
      this.draw(fitOneLine(this.bold, title, SIZE.small, textWidth - pageWidth - 10), LEFT, y, this.bold, SIZE.small, COLOR.text, as);
      y -= pitch;
      const lines = [
        ...wrapText(this.regular, `Dokumentnummer ${number} · ausgestellt am ${this.issued}`, SIZE.small, textWidth),
        fitOneLine(this.regular, `${issuer.name}, ${issuer.office}`, SIZE.small, textWidth),
        ...wrapText(this.regular, `Prüfcode ${verificationCode} · Echtheit prüfen: ${verificationUrl}`, SIZE.small, textWidth).slice(0, 2),
      ];
      for (const line of lines) {
        this.draw(line, LEFT, y, this.regular, SIZE.small, COLOR.text, as);
        y -= pitch;
      }
      this.draw(fitOneLine(this.bold, SANDBOX_NOTE, SIZE.small, textWidth), LEFT, y, this.bold, SIZE.small, COLOR.sandboxText, as);
    });
  }

  // ---------------------------------------------------------------- blocks

  /** `as` is an H2, or an artifact when the heading repeats on a continuation page. */
  private heading(text: string, keepWithNext: number, as: Target): void {
    const lines = wrapText(this.bold, text, SIZE.heading, CONTENT_WIDTH);
    const height = lines.length * SIZE.heading * 1.3 + 9;
    const gap = this.y === this.top ? 0 : 14;
    if (this.y - gap - height - keepWithNext < CONTENT_BOTTOM && this.y !== this.top) this.newPage();
    else this.y -= gap;
    for (const line of lines) {
      this.draw(line, LEFT, this.y - SIZE.heading * 0.95, this.bold, SIZE.heading, COLOR.text, as);
      this.y -= SIZE.heading * 1.3;
    }
    this.rule(this.y - 2, 0.5, COLOR.rule);
    this.y -= 9;
  }

  /** A table row whose label is a row header (PDF/UA: TH with /Scope /Row). */
  private tableRow(table: StructElement): { th: StructElement; td: StructElement } {
    const row = this.tags.add(table, 'TR');
    return { th: this.tags.add(row, 'TH', { O: 'Table', Scope: 'Row' }), td: this.tags.add(row, 'TD') };
  }

  private rows(heading: string, rows: Array<[string, string]>): void {
    const prepared = rows.map(([label, value]) => {
      const labelLines = wrapText(this.regular, label, SIZE.label, LABEL_WIDTH);
      const valueLines = wrapText(this.regular, value.trim() === '' ? '—' : value, SIZE.body, VALUE_WIDTH);
      return { labelLines, valueLines, count: Math.max(labelLines.length, valueLines.length) };
    });
    const linesThatFit = (y: number) => Math.floor((y - CONTENT_BOTTOM - 2 * ROW_PADDING) / LINE);
    const first = prepared[0];
    this.heading(heading, first ? Math.min(first.count, 3) * LINE + 2 * ROW_PADDING : 0, this.element('H2'));
    // Lines a continuation page offers below its header and the repeated heading.
    const pageCapacity = linesThatFit(BANNER_TOP - BANNER_HEIGHT - 18 - 23 - SIZE.heading * 1.3 - 9);
    // One table across page breaks: a reader meets it once, with all its rows.
    const table = this.element('Table');

    for (const row of prepared) {
      const cells = this.tableRow(table);
      let from = 0;
      while (from < row.count) {
        const need = row.count - from;
        const fits = linesThatFit(this.y);
        // Keep a row together unless it is longer than a whole page; never leave a lone line.
        if (need > fits && (need <= pageCapacity || fits < 2)) {
          this.newPage();
          this.heading(`${heading} (Fortsetzung)`, 0, Artifact.repeated);
          continue;
        }
        const take = Math.min(need, fits);
        const top = this.y - ROW_PADDING;
        // Label lines, then value lines: one marked-content sequence per cell and page.
        row.labelLines.slice(from, from + take).forEach((label, i) => {
          if (label) this.draw(label, LEFT, baseline(top - i * LINE, SIZE.body), this.regular, SIZE.label, COLOR.muted, cells.th);
        });
        row.valueLines.slice(from, from + take).forEach((value, i) => {
          if (value) this.draw(value, VALUE_X, baseline(top - i * LINE, SIZE.body), this.regular, SIZE.body, COLOR.text, cells.td);
        });
        this.y = top - take * LINE - ROW_PADDING;
        this.rule(this.y, 0.4, COLOR.hairline);
        from += take;
      }
    }
  }

  private text(heading: string | undefined, paragraphs: string[]): void {
    const wrapped = paragraphs.map((p) => wrapText(this.regular, p, SIZE.body, CONTENT_WIDTH));
    if (heading) this.heading(heading, Math.min(wrapped[0]?.length ?? 0, 2) * LINE, this.element('H2'));
    wrapped.forEach((lines, index) => {
      if (index > 0) this.y -= 5;
      // One P even when a page break splits it.
      const as = this.element('P');
      lines.forEach((line, i) => {
        // No orphan: the first line of a paragraph moves on with the second.
        const keep = i === 0 && lines.length > 1 ? 2 : 1;
        if (this.y - keep * LINE < CONTENT_BOTTOM) this.newPage();
        if (line) this.draw(line, LEFT, baseline(this.y, SIZE.body), this.regular, SIZE.body, COLOR.text, as);
        this.y -= LINE;
      });
    });
  }

  // ---------------------------------------------------------------- primitives
  // Everything that reaches a page goes through these, each saying what it is (tagging.ts).

  /** Text must come from wrapText/fitOneLine or be a constant the fonts cover. */
  private draw(text: string, x: number, y: number, face: Face, size: number, color: RGB, as: Target): void {
    this.tags.mark(this.page, as, () => face.draw(this.page, text, x, y, size, color));
  }

  private rule(y: number, thickness: number, color: RGB, as: Artifact = Artifact.layout): void {
    this.paint(as, () => this.page.drawLine({ start: { x: LEFT, y }, end: { x: LEFT + CONTENT_WIDTH, y }, thickness, color }));
  }

  /** Graphics: only ever artifacts; the documents have no figures. */
  private paint(as: Artifact, draw: () => void): void {
    this.tags.mark(this.page, as, draw);
  }
}
