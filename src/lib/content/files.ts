/**
 * Reads a content tree from disk: the files the content check, the importer and the scripts work on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A content file: its path relative to the content root (with `/`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Markdown and MDX files are entries; other files (images, JSON) are not checked. */
const ENTRY_FILE = /\.(md|mdx|markdown)$/i;

/**
 * Every Markdown/MDX file below `root`, with its path relative to `root` (always `/`-separated).
 * Throws the file-system error when `root` cannot be read.
 */
export function readContentTree(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !ENTRY_FILE.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
