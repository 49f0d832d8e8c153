import {createReadStream} from 'node:fs';
import {createGunzip} from 'node:zlib';
import {SaxesParser} from 'saxes';
import {type ImportAction, lineError} from './actions.js';

/** An element being read: its text is what it holds directly (CDATA included). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  /** The line its start tag is on. */
  line: number;
}

/**
 * What a format does with elements. `path` is the names of the open
 * elements, outermost first, with the element itself last. Actions pushed
 * onto `out` are handed on after each chunk of the file.
 */
export interface XmlHandler {
  open?(path: string[], element: XmlElement, out: ImportAction[]): void;
  close(path: string[], element: XmlElement, out: ImportAction[]): void;
  /** After the last element; a place to say something was missing. */
  end?(out: ImportAction[]): void;
}

/**
 * Streams `file` through a strict XML parser a chunk at a time, so memory
 * stays bounded by the largest element a handler keeps, not by the file.
 * Any XML error stops the import with its line.
 */
export async function* readXml(file: string, handler: XmlHandler): AsyncIterable<ImportAction[]> {
  const parser = new SaxesParser({position: true});
  const stack: XmlElement[] = [];
  const path: string[] = [];
  let out: ImportAction[] = [];
  parser.on('error', (error) => {
    throw lineError(
      file,
      parser.line,
      `not well-formed XML (${error.message.replace(/^\d+:\d+: /, '')})`,
    );
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      line: parser.line,
    };
    stack.push(element);
    path.push(tag.name);
    handler.open?.(path, element, out);
  });
  const append = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('closetag', () => {
    const element = stack[stack.length - 1];
    handler.close(path, element, out);
    stack.pop();
    path.pop();
  });
  for await (const chunk of openText(file)) {
    parser.write(chunk);
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  parser.close();
  handler.end?.(out);
  yield out;
}

/** The file's text; a `.gz` file (as Disqus sends its exports) is unpacked on the way. */
function openText(file: string): AsyncIterable<string> {
  const raw = createReadStream(file);
  if (!file.endsWith('.gz')) return raw.setEncoding('utf8');
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip).setEncoding('utf8');
}
