import { inflateRawSync } from 'node:zlib';
import { BadInputError } from '../../core/errors';
import { requireText } from '../../core/validate';

/**
 * What one upload may be. The file limit keeps the request under the API's 1 MB JSON body once
 * base64 (4/3) is added, as for roster imports; a .docx is a zip, so what it unpacks to is limited
 * too, and the one part opened (word/document.xml) is inflated with a hard cap on its output.
 */
export const SUMMARY_MATERIALS_LIMITS = Object.freeze({
  maxFileBytes: 700 * 1024,
  maxUnpackedBytes: 30 * 1024 * 1024,
  maxDocumentXmlBytes: 10 * 1024 * 1024,
  maxEntries: 2000,
  maxFileNameLength: 200,
});

/** The size of each stored piece: under the 65,535 bytes of a MariaDB/MySQL BLOB. */
export const CHUNK_BYTES = 60_000;

/** The uploaded file's name: one line of text ending in .docx (old .doc and macro files refused). */
export function normaliseFileName(raw: string): string {
  const name = requireText('fileName', raw, { max: SUMMARY_MATERIALS_LIMITS.maxFileNameLength });
  const lower = name.toLowerCase();
  if (lower.endsWith('.doc') || lower.endsWith('.wps')) {
    throw new BadInputError('fileName', 'old .doc/.wps files are not accepted: save the document as .docx');
  }
  if (!lower.endsWith('.docx')) {
    throw new BadInputError('fileName', 'the summary materials must be a Word document (.docx)');
  }
  return name;
}

/** Base64 to bytes, refusing anything over the limit before it is decoded. */
export function decodeUpload(contentBase64: string): Buffer {
  const text = (contentBase64 ?? '').replace(/\s+/g, '');
  if (text.length > Math.ceil(SUMMARY_MATERIALS_LIMITS.maxFileBytes / 3) * 4) throw tooLarge();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw new BadInputError('contentBase64', 'contentBase64 is not base64');
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > SUMMARY_MATERIALS_LIMITS.maxFileBytes) throw tooLarge();
  if (bytes.length === 0) throw new BadInputError('contentBase64', 'the file is empty');
  return bytes;
}

function tooLarge(): BadInputError {
  return new BadInputError(
    'contentBase64',
    `the document may be at most ${SUMMARY_MATERIALS_LIMITS.maxFileBytes / 1024} KB: ` +
      'compress its pictures (Word: 文件 → 压缩图片) or hand in photos separately',
  );
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Checks that the bytes are a Word document (.docx): a zip with [Content_Types].xml and a
 * word/document.xml whose root is w:document, no macros, not encrypted. Nothing is unpacked but
 * word/document.xml, and that with its output capped, so a zip bomb costs at most the cap; the
 * sizes the zip declares are summed first, so one that claims to unpack to too much is refused unread.
 */
export function checkDocx(bytes: Buffer): void {
  const unreadable = (why: string) =>
    new BadInputError('contentBase64', `the file is not a Word document (.docx): ${why}`);
  // An OLE compound file: an old .doc, or a .docx saved with a password (Word encrypts it that way).
  if (bytes.length >= 8 && bytes.readUInt32LE(0) === 0xe011cfd0 && bytes.readUInt32LE(4) === 0xe11ab1a1) {
    throw new BadInputError(
      'contentBase64',
      'the file is an old .doc or a password-protected document: save it as .docx without a password',
    );
  }
  const entries = readCentralDirectory(bytes, unreadable);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml')) throw unreadable('it has no [Content_Types].xml');
  if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    throw new BadInputError(
      'contentBase64',
      'documents with macros are not accepted: save it as a plain .docx',
    );
  }
  const document = entries.find((e) => e.name === 'word/document.xml');
  if (!document) throw unreadable('it has no word/document.xml');
  const xml = readEntry(bytes, document, unreadable).subarray(0, 4096).toString('utf8');
  if (!/<(?:[A-Za-z_][\w.-]*:)?document[\s>/]/.test(xml)) {
    throw unreadable('word/document.xml is not a Word document body');
  }
}

function readCentralDirectory(bytes: Buffer, unreadable: (why: string) => BadInputError): ZipEntry[] {
  // End of central directory: at least 22 bytes from the end, after a comment of at most 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable('it is not a zip archive');
  const count = bytes.readUInt16LE(end + 10);
  if (count > SUMMARY_MATERIALS_LIMITS.maxEntries) throw unreadable(`it holds more than ${count} parts`);
  let offset = bytes.readUInt32LE(end + 16);
  let unpacked = 0;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) {
      throw unreadable('its zip directory is damaged');
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
      name: bytes.toString('utf8', offset + 46, Math.min(bytes.length, offset + 46 + nameLength)),
    };
    // Zip64 markers (parts of 4 GB and more) have no place in a summary document.
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw unpacksTooMuch();
    unpacked += entry.size;
    entries.push(entry);
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  if (unpacked > SUMMARY_MATERIALS_LIMITS.maxUnpackedBytes) throw unpacksTooMuch();
  return entries;
}

function unpacksTooMuch(): BadInputError {
  return new BadInputError(
    'contentBase64',
    `the document unpacks to more than ${SUMMARY_MATERIALS_LIMITS.maxUnpackedBytes / 1024 / 1024} MB`,
  );
}

/** One part's bytes, inflated with its output capped whatever size the zip claims for it. */
function readEntry(bytes: Buffer, entry: ZipEntry, unreadable: (why: string) => BadInputError): Buffer {
  if (entry.flags & 0x1) throw unreadable('it is encrypted');
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) {
    throw unreadable('its zip entries are damaged');
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) return data.subarray(0, SUMMARY_MATERIALS_LIMITS.maxDocumentXmlBytes);
  if (entry.method !== 8) throw unreadable('it uses an unknown compression');
  try {
    return inflateRawSync(data, { maxOutputLength: SUMMARY_MATERIALS_LIMITS.maxDocumentXmlBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BadInputError(
        'contentBase64',
        `word/document.xml unpacks to more than ${SUMMARY_MATERIALS_LIMITS.maxDocumentXmlBytes / 1024 / 1024} MB`,
      );
    }
    throw unreadable('word/document.xml cannot be unpacked');
  }
}

/** China date of `submittedAt` after the due date: handed in late (the due date itself is on time). */
export function isLate(dueOn: string | null, submittedChinaDate: string | null): boolean {
  return dueOn !== null && submittedChinaDate !== null && submittedChinaDate > dueOn;
}
