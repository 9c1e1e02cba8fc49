import { ZipError, openZip, type ZipLimits } from '../../zip/index.js';
import { UnreadableError, type ReadBlock } from '../read-model.js';
import { readDocumentXml } from './document-xml.js';

const DOCUMENT_PART = 'word/document.xml';

/**
 * The printed body of a .docx: its paragraphs and table grids in order. Held to the zip unpack limits; a file
 * that is not a Word document is UnreadableError with the reason in Chinese.
 */
export function readDocx(bytes: Uint8Array, limits?: ZipLimits): ReadBlock[] {
  let xml: string | undefined;
  try {
    const zip = openZip(bytes, limits);
    xml = zip.text(DOCUMENT_PART);
  } catch (error) {
    if (error instanceof ZipError) throw new UnreadableError(`不是有效的 Word 文档（${error.message}）`);
    throw error;
  }
  if (xml === undefined) throw new UnreadableError('不是 Word 文档：压缩包中没有 word/document.xml');
  return readDocumentXml(xml);
}
