/**
 * Whitespace and comments of Lit's `css`, `html` and `svg` template literals, which no JavaScript
 * minifier touches (to it they are strings): the script-tag bundles (vite.bundle.config.ts) ship
 * them shorter. Only what cannot change the result is removed:
 *
 * - `css`: comments; runs of whitespace become one space; the space next to `{ } ; , :`
 *   and the last `;` of a block go. Quoted strings are kept as they are; a space before `:` (a
 *   descendant selector like `.a :focus`) stays, and so do the spaces inside `calc()`.
 * - `html` / `svg`: a run of whitespace that contains a line break becomes a single line break.
 *   Text stays text and attributes stay apart (whitespace between inline content still renders as
 *   one space), and single spaces — `<tspan> ${value}</tspan>` — are never touched.
 *
 * Template parts are minified one by one; `${…}` expressions stay where they are.
 */
import { parseAst, type Plugin } from 'vite';

/** Minifies one static part of a `css` template; `first`/`last`: the part starts/ends the template. */
export function minifyCss(part: string, first = true, last = true): string {
  let out = '';
  for (let i = 0; i < part.length;) {
    const c = part[i]!;
    if (c === '"' || c === "'") {
      // a quoted string, escapes included, as it is
      let j = i + 1;
      while (j < part.length && part[j] !== c) j += part[j] === '\\' ? 2 : 1;
      out += part.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && part[i + 1] === '*') {
      const end = part.indexOf('*/', i + 2);
      i = end < 0 ? part.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  // strings are left alone: split them out, tidy the rest
  const pieces = out.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
  const tidy = pieces.map((piece, n) =>
    n % 2
      ? piece
      : piece
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}'),
  );
  let result = tidy.join('');
  if (first) result = result.replace(/^ /, '');
  if (last) result = result.replace(/ $/, '');
  return result;
}

/** Minifies one static part of an `html` or `svg` template. */
export function minifyMarkup(part: string): string {
  return part.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, '\n');
}

interface Node {
  type: string;
  [key: string]: unknown;
}
interface Quasi {
  start: number;
  end: number;
  value: { raw: string };
}

const TAGS: Readonly<Record<string, (raw: string, first: boolean, last: boolean) => string>> = {
  css: minifyCss,
  html: minifyMarkup,
  svg: minifyMarkup,
};

/** `code` (JavaScript) with the static parts of every `css`/`html`/`svg` tagged template minified. */
export function minifyTemplates(code: string): string {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression') {
      const tag = n.tag as Node;
      const minify = tag.type === 'Identifier' ? TAGS[tag.name as string] : undefined;
      if (minify) {
        const quasis = (n.quasi as { quasis: Quasi[] }).quasis;
        quasis.forEach((q, i) => {
          // positions are checked: a template whose text is not where the parser says is left alone
          if (code.slice(q.start, q.end) !== q.value.raw) return;
          const text = minify(q.value.raw, i === 0, i === quasis.length - 1);
          if (text !== q.value.raw) edits.push({ start: q.start, end: q.end, text });
        });
      }
    }
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(parseAst(code));
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Vite plugin: minifies Lit templates of the project's own modules (after TypeScript is compiled).
 * Dependencies are left alone (Lit itself ships minified).
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code);
      // the source map of this step is left out: it only removes whitespace inside strings
      return out === code ? null : { code: out, map: null };
    },
  };
}
