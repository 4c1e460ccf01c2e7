import type { BulletinCell, BulletinDoc, BulletinTable } from '@kaoping/report';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

// Government notices: 方正小标宋 for the red header and title, 黑体 for headings, 仿宋 for the text.
// Word and WPS substitute a font the machine lacks; each run names Times New Roman for digits and Latin.
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const SONG = font('方正小标宋简体');
const HEI = font('黑体');
const FANG = font('仿宋_GB2312');
const RED = 'C00000';
// Sizes are in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt.
const ERHAO = 44;
const SANHAO = 32;
const XIAOSI = 24;
const WUHAO = 21;
const LIGHT_COLOURS = { red: RED, yellow: 'B07800', green: '2E7D32' } as const;
const A4 = { width: 11906, height: 16838 };
const mm = (n: number) => Math.round(n * 56.7);

function run(text: string, over: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: FANG, size: SANHAO, ...over });
}

function centred(text: string, over: Partial<IRunOptions>, spacing = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacing }, children: [run(text, over)] });
}

/** A body paragraph, indented two characters. */
function para(text: string, over: Partial<IRunOptions> = {}): Paragraph {
  return new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [run(text, over)] });
}

function cell(c: BulletinCell, header: boolean): TableCell {
  const colour = c.light ? LIGHT_COLOURS[c.light] : undefined;
  return new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(c.text, { size: header ? XIAOSI : WUHAO, bold: header || c.light !== undefined, ...(colour ? { color: colour } : {}) })],
      }),
    ],
  });
}

function table(t: BulletinTable): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: t.headers.map((h) => cell({ text: h }, true)) });
  const rows = t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) }));
  return [
    ...(t.heading ? [para(t.heading)] : []),
    ...(t.summary ? [para(t.summary)] : []),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ];
}

function redHeader(doc: BulletinDoc): Paragraph[] {
  return [
    centred(doc.redHeader, { font: SONG, size: ERHAO * 1.5, color: RED }, 400),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: RED, space: 4 } },
      spacing: { after: 480 },
      children: [run(doc.docNo)],
    }),
  ];
}

/** The 通报 as a Word document: A4, red header, page numbers centred at the foot (— 1 —). */
export async function bulletinDocx(doc: BulletinDoc): Promise<Buffer> {
  const body = [
    ...redHeader(doc),
    centred(doc.title, { font: SONG, size: ERHAO }, 480),
    new Paragraph({ children: [run(doc.recipient)] }),
    ...doc.opening.map((p) => para(p)),
    para(doc.tablesHeading, { font: HEI }),
    ...doc.tables.flatMap(table),
    para(doc.listsHeading, { font: HEI }),
    ...doc.lists.map((l) => para(`${l.name}${l.criterion ? `（${l.criterion}）` : ''}：${l.text}`)),
    ...doc.closing.map((p) => para(p)),
    new Paragraph({ spacing: { before: 960 }, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(doc.signature)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(doc.date)] }),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FANG, size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })] }),
    ],
  });
  const document = new Document({
    creator: doc.signature,
    title: doc.title,
    sections: [
      {
        properties: { page: { size: A4, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
