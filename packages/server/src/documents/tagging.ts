import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Ops,
  PDFHexString,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/**
 * Tagged PDF (PDF 32000-1 14.7/14.8, PDF/UA-1): the logical structure a screen reader reads
 * instead of guessing from glyph positions.
 *
 * The layout code says, for everything it draws, what it is: content of a structure element
 * (heading, paragraph, table cell) or an artifact (banner, watermark, rules, running header and
 * footer, QR code). {@link StructureBuilder.mark} wraps the drawing in a marked-content sequence
 * (`/P <</MCID 3>> BDC … EMC` or `/Artifact <<…>> BDC … EMC`) and remembers which element each
 * MCID of each page belongs to; {@link StructureBuilder.finish} writes the structure tree, the
 * parent tree that maps MCIDs back to elements, and the catalog and page entries that make the
 * file a tagged PDF. Nothing drawn escapes this: the content-stream test checks every glyph and
 * path is inside one of the two kinds of sequence.
 *
 * Structure order is creation order: elements are appended to their parent as the layout meets
 * them, which is the visual reading order.
 */

/** The standard structure types the documents use (PDF 32000-1 14.8.4); no role map needed. */
export type StructType = 'Document' | 'H1' | 'H2' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Form';

interface MarkedContent {
  page: PDFPage;
  mcid: number;
}

export class StructElement {
  readonly kids: Array<StructElement | MarkedContent> = [];

  /** @internal use {@link StructureBuilder.add} */
  constructor(
    readonly type: StructType,
    readonly parent: StructElement | undefined,
    readonly attributes: Record<string, string> | undefined,
  ) {}
}

/**
 * What an artifact is (PDF 32000-1 14.8.2.2.2). Compared by identity: consecutive drawing with
 * the same artifact on the same page shares one marked-content sequence.
 */
export class Artifact {
  private constructor(readonly properties: Record<string, string | string[]>) {}

  /** Rules, hairlines, the accent bar: graphics that only structure the page visually. */
  static readonly layout = new Artifact({ Type: 'Layout' });
  /** The sandbox banner and the continuation header at the top of every page. */
  static readonly header = new Artifact({ Type: 'Pagination', Subtype: 'Header', Attached: ['Top'] });
  /** Page number, document number, code, URL and QR code at the bottom of every page. */
  static readonly footer = new Artifact({ Type: 'Pagination', Subtype: 'Footer', Attached: ['Bottom'] });
  static readonly watermark = new Artifact({ Type: 'Pagination', Subtype: 'Watermark' });
  /** A heading repeated on a continuation page ("… (Fortsetzung)"): read once, as the original. */
  static readonly repeated = new Artifact({ Type: 'Pagination' });
}

export type Target = StructElement | Artifact;

export class StructureBuilder {
  readonly root = new StructElement('Document', undefined, undefined);
  /** Per page: MCID → the element that marked content belongs to. */
  private readonly marks = new Map<PDFPage, StructElement[]>();
  private open: { page: PDFPage; target: Target } | undefined;

  constructor(private readonly doc: PDFDocument) {}

  /** A new element, appended as the last kid of `parent` (so: after everything created before). */
  add(parent: StructElement, type: StructType, attributes?: Record<string, string>): StructElement {
    const element = new StructElement(type, parent, attributes);
    parent.kids.push(element);
    return element;
  }

  /**
   * Runs `draw`, which pushes operators onto `page`, as content of `target`. A sequence stays
   * open while the same target keeps drawing on the same page (a paragraph's lines are one
   * MCID per page, not one per line) and is closed as soon as anything else is drawn.
   */
  mark(page: PDFPage, target: Target, draw: () => void): void {
    if (this.open?.page !== page || this.open.target !== target) {
      this.close();
      page.pushOperators(this.begin(page, target));
      this.open = { page, target };
    }
    draw();
  }

  private begin(page: PDFPage, target: Target): PDFOperator {
    const context = this.doc.context;
    let tag: string;
    let properties: PDFDict;
    if (target instanceof Artifact) {
      tag = 'Artifact';
      properties = context.obj(target.properties);
    } else {
      let marks = this.marks.get(page);
      if (!marks) this.marks.set(page, (marks = []));
      const mcid = marks.push(target) - 1;
      target.kids.push({ page, mcid });
      tag = target.type;
      properties = context.obj({ MCID: mcid });
    }
    // An inline property dictionary (PDF 32000-1 14.6.2); pdf-lib's operand types omit it.
    return PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of(tag), properties as unknown as PDFName]);
  }

  private close(): void {
    if (!this.open) return;
    this.open.page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
    this.open = undefined;
  }

  /**
   * Writes the structure tree and marks the document as tagged. Call once, after the last
   * drawing. Elements that received no content (an empty paragraph) are left out.
   */
  finish(): void {
    this.close();
    const { context, catalog } = this.doc;
    const pages = this.doc.getPages();
    const refs = new Map<StructElement, PDFRef>();
    const kept = (element: StructElement): boolean => element.kids.some((kid) => !(kid instanceof StructElement) || kept(kid));
    const allocate = (element: StructElement) => {
      refs.set(element, context.nextRef());
      for (const kid of element.kids) if (kid instanceof StructElement && kept(kid)) allocate(kid);
    };
    allocate(this.root);

    const treeRoot = context.nextRef();
    for (const [element, ref] of refs) {
      const content = element.kids.filter((kid): kid is MarkedContent => !(kid instanceof StructElement));
      // Content on one page: /Pg plus plain MCIDs. Content across pages (a paragraph or table
      // row broken by a page break) stays one element whose kids each name their page.
      const onePage = content.every((kid) => kid.page === content[0]?.page);
      const kids: PDFObject[] = [];
      for (const kid of element.kids) {
        if (kid instanceof StructElement) {
          const kidRef = refs.get(kid);
          if (kidRef) kids.push(kidRef);
        } else if (onePage) kids.push(PDFNumber.of(kid.mcid));
        else kids.push(context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid }));
      }
      const dict = context.obj({
        Type: 'StructElem',
        S: element.type,
        P: element.parent ? refs.get(element.parent)! : treeRoot,
        K: kids.length === 1 ? kids[0]! : context.obj(kids),
      });
      if (onePage && content[0]) dict.set(PDFName.of('Pg'), content[0].page.ref);
      if (element.attributes) dict.set(PDFName.of('A'), context.obj(element.attributes));
      context.assign(ref, dict);
    }

    // Parent tree (14.7.4.4): page /StructParents n → array MCID → element.
    const nums: PDFObject[] = [];
    pages.forEach((page, index) => {
      // Tab order follows the structure (PDF/UA-1 7.18.3), for the seal field and any later one.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      const marks = this.marks.get(page);
      if (!marks) return;
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      nums.push(PDFNumber.of(index), context.register(context.obj(marks.map((element) => refs.get(element)!))));
    });
    context.assign(
      treeRoot,
      context.obj({
        Type: 'StructTreeRoot',
        K: refs.get(this.root)!,
        ParentTree: context.register(context.obj({ Nums: context.obj(nums) })),
        ParentTreeNextKey: pages.length,
      }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), treeRoot);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

/**
 * Tags an annotation added after {@link StructureBuilder.finish} (the seal's signature widget,
 * which the signing library creates): a new element of `type` at the end of the document whose
 * only kid is the annotation (an object reference, 14.7.4.3), plus its entry in the parent tree.
 * `description` becomes the element's /Alt and, for a form field, its /TU (PDF/UA-1 7.18.1, 7.18.4).
 */
export function tagAnnotation(doc: PDFDocument, annotation: PDFRef, type: StructType, description: string): void {
  const { context, catalog } = doc;
  const treeRoot = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const documentRef = treeRoot.get(PDFName.of('K')) as PDFRef;
  const documentElement = context.lookup(documentRef, PDFDict);
  const annot = context.lookup(annotation, PDFDict);
  const key = treeRoot.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();

  const element = context.register(
    context.obj({
      Type: 'StructElem',
      S: type,
      P: documentRef,
      Alt: PDFHexString.fromText(description),
      K: context.obj({ Type: 'OBJR', Obj: annotation, Pg: annot.get(PDFName.of('P')) as PDFRef }),
    }),
  );
  const kids = documentElement.get(PDFName.of('K'));
  const array = kids instanceof PDFArray ? kids : PDFArray.withContext(context);
  if (kids && array !== kids) array.push(kids);
  array.push(element);
  documentElement.set(PDFName.of('K'), array);
  annot.set(PDFName.of('StructParent'), PDFNumber.of(key));
  annot.set(PDFName.of('TU'), PDFHexString.fromText(description));
  const nums = treeRoot.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  nums.push(PDFNumber.of(key));
  nums.push(element);
  treeRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(key + 1));
}
