import { WorkbookReadError } from './WorkbookReadError';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * Tell, before ExcelJS sees the bytes, the files it would fail on with an unreadable message:
 * empty files, password-protected workbooks (an OLE container holding EncryptionInfo), old .xls, non-zips.
 */
export function sniffFileType(buf: Uint8Array, name: string): void {
  if (buf.length === 0) throw new WorkbookReadError('empty', `${name}：文件是空的（0 字节）`);
  if (startsWith(buf, CFB_MAGIC)) {
    const utf16 = Buffer.from('EncryptionInfo', 'utf16le');
    if (Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(utf16)) {
      throw new WorkbookReadError(
        'encrypted',
        `${name}：工作簿设有打开密码（已加密），请在 Excel 中取消密码后另存为 .xlsx 再校验`,
      );
    }
    throw new WorkbookReadError('legacy-xls', `${name}：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再校验`);
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookReadError('not-xlsx', `${name}：不是 Excel 工作簿（.xlsx）文件`);
  }
  // A zip ends with its central directory; without it the file was cut short (a broken download or copy).
  const tail = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).subarray(Math.max(0, buf.length - 65_557));
  if (!tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    throw new WorkbookReadError('corrupt', `${name}：文件不完整或已损坏（可能在下载或复制时被截断），无法读取`);
  }
  // Zip entry names are stored uncompressed, so a zip without the workbook part shows here already.
  if (!Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes('xl/workbook.xml')) {
    throw new WorkbookReadError('not-xlsx', `${name}：是压缩包但不是有效的 .xlsx 工作簿（缺少工作簿内容）`);
  }
}
