/**
 * Custom Elements Manifest (`npm run cem` → `custom-elements.json`), read by Storybook's docs
 * tables and by editors. The JSDoc on each element (`@summary @tag @fires @csspart @cssprop`) is the
 * source; these plugins only tidy what the analyzer infers from the code:
 *
 * - `bildung-events`: the analyzer turns every `this.dispatchEvent(new BildungXEvent(detail))` into
 *   an event named after the constructor's first argument (`detail`, or none). Those are dropped;
 *   the documented `@fires` entries get their event class (`bildung-select` → `BildungSelectEvent`,
 *   from `shared/events.ts`) as their type instead.
 * - `bildung-public-api`: private/protected/static members are implementation, not API.
 * - `bildung-define`: elements register through the safe `define('tag', Class)` helper, which the
 *   analyzer reads as a definition of a tag named `tag` in `shared/define.ts`. The real
 *   definitions are recorded on the registration modules (`<name>.ts`).
 * - `bildung-description`: an element without a long description shows its `@summary`.
 */

/** `bildung-select` → `BildungSelectEvent`. */
const eventClass = (name) =>
  name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('') + 'Event';

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const events = {
  name: 'bildung-events',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules ?? [];
    const classes = new Set(modules.flatMap((m) => (m.declarations ?? []).map((d) => d.name)));
    for (const mod of modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.events) continue;
        decl.events = decl.events
          .filter((e) => e.description && e.name)
          .map((e) =>
            !e.type && classes.has(eventClass(e.name)) ? { ...e, type: { text: eventClass(e.name) } } : e,
          );
      }
    }
  },
};

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApi = {
  name: 'bildung-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement || !decl.members) continue;
        decl.members = decl.members.filter(
          (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
        );
      }
    }
  },
};

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const define = {
  name: 'bildung-define',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
    if (node.expression.text !== 'define' || node.arguments.length !== 2) return;
    const [tag, ctor] = node.arguments;
    if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
    // the class is imported from the sibling `<name>.component.ts`
    const source = node.getSourceFile();
    let from = moduleDoc.path;
    for (const stmt of source.statements) {
      if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
      const named = stmt.importClause?.namedBindings;
      if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === ctor.text)) {
        const dir = moduleDoc.path.slice(0, moduleDoc.path.lastIndexOf('/') + 1);
        from = `${dir}${stmt.moduleSpecifier.text.replace(/^\.\//, '')}.ts`;
      }
    }
    moduleDoc.exports ??= [];
    moduleDoc.exports.push({
      kind: 'custom-element-definition',
      name: tag.text,
      declaration: { name: ctor.text, module: from },
    });
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      if (!mod.path.endsWith('shared/define.ts')) continue;
      mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
    }
  },
};

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const description = {
  name: 'bildung-description',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && !decl.description && decl.summary) decl.description = decl.summary;
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // `customElements` is set in package.json once; never rewrite package.json from here
  packagejson: false,
  plugins: [events, publicApi, define, description],
};
