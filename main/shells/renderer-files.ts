import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** The path a URL path names, or null when its percent-escapes are broken or it holds a NUL. */
function decodePath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** A file of the built renderer for a URL path (percent-encoded, as in a URL); never anything outside its folder. */
export function readRendererFile(urlPath: string, root = RENDERER_DIR): RendererFile | null {
  const decoded = decodePath(urlPath);
  if (decoded === null) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  return { body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
