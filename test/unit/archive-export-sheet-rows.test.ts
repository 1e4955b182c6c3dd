import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { rowWriter, xmlText } from '../../server/src/modules/archive-exports/archive-export.sheet-rows';

describe('worksheet rows written as XML', () => {
  const columns = ['序号', '姓名', '证件号码', '备注', '分组号'];
  const rows = [
    ['1', '张三', '370102198506150011', 'a < b & "c" \'d\' > e', '1'],
    ['2', 'O\u0001Brien\u007f', '00123', '', '1'],
    ['3', '＝SUM(A1)', '13800000001', 'line\nbreak\ttab', '2'],
  ];

  /** The sheet's XML as exceljs writes it, rows through `write` (zip stored, not deflated). */
  async function sheetXml(write: (sheet: ExcelJS.Worksheet, textStyle: number) => void) {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      zip: { store: true },
    } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
    const sheet = workbook.addWorksheet('s');
    sheet.columns = columns.map((header, i) => ({
      header,
      key: header,
      width: 10,
      ...(i === 2 ? { style: { numFmt: '@' } } : {}),
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    const styles = (workbook as unknown as { styles: { addStyleModel(s: object, t: number): number } })
      .styles;
    write(sheet, styles.addStyleModel({ numFmt: '@' }, ExcelJS.ValueType.String));
    sheet.commit();
    await workbook.commit();
    const text = Buffer.concat(chunks).toString('utf8');
    return text.slice(text.indexOf('<sheetData>'), text.indexOf('</sheetData>'));
  }

  it('are the XML exceljs writes for the same rows', async () => {
    const viaExcelJs = await sheetXml((sheet) => {
      for (const line of rows)
        sheet.addRow(line.map((v, i) => (i === 0 || i === 4 ? Number(v) : v))).commit();
    });
    const viaXml = await sheetXml((sheet, textStyle) => {
      const toXml = rowWriter(columns.length, { numeric: [0, 4], styles: [0, 0, textStyle, 0, 0] });
      const stream = (sheet as unknown as { stream: { write(xml: string): void } }).stream;
      stream.write(rows.map((line, i) => toXml(i + 2, line)).join(''));
    });
    expect(viaXml).toContain('t="str"><v>a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e</v>');
    expect(viaXml).toBe(viaExcelJs);
  });

  it('escapes as exceljs does', () => {
    expect(xmlText('plain 文本')).toBe('plain 文本');
    expect(xmlText('<&>"\'\u0000\u0008\u000b\u001f\u007f\t\n\r')).toBe('&lt;&amp;&gt;&quot;&apos;\t\n\r');
  });
});
