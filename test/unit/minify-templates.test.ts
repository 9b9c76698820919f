import { describe, expect, it } from 'vitest';
import { minifyCss, minifyMarkup, minifyTemplates } from '../../scripts/minify-templates';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons, commas and after colons', () => {
    expect(
      minifyCss(`
  /* Print (issue #6): colours as on screen */
  :host {
    display: block !important;
    font-family: var(--bildung-font, system-ui, 'Segoe UI', sans-serif);
  }
  .a,
  .b > .c {
    margin: 0 0 0.5em;
  }
`),
    ).toBe(
      ":host{display:block !important;font-family:var(--bildung-font,system-ui,'Segoe UI',sans-serif)}.a,.b > .c{margin:0 0 0.5em}",
    );
  });

  it('keeps strings, descendant pseudo-class selectors and the spaces calc() needs', () => {
    expect(minifyCss(`.x :focus-visible { content: "a  /* b */  c"; width: calc(100% - 2 * 8px); }`)).toBe(
      '.x :focus-visible{content:"a  /* b */  c";width:calc(100% - 2 * 8px)}',
    );
    expect(minifyCss(`@media (forced-colors: active) { .e { border-color: CanvasText; } }`)).toBe(
      '@media (forced-colors:active){.e{border-color:CanvasText}}',
    );
  });

  it('keeps one space at the edges of a part between expressions', () => {
    // css`margin: ${a} ${b};` → the middle part stays one space
    expect(minifyCss(' ', false, false)).toBe(' ');
    expect(minifyCss('\n  .a { color: ', true, false)).toBe('.a{color:');
  });
});

describe('minifyMarkup', () => {
  it('turns whitespace with a line break into one line break and leaves single spaces alone', () => {
    expect(minifyMarkup('<ul class="issues">\n      <li>\n        <code>')).toBe(
      '<ul class="issues">\n<li>\n<code>',
    );
    expect(minifyMarkup('<tspan class="value"> ')).toBe('<tspan class="value"> ');
    expect(minifyMarkup('<div\n    class="a"\n    role="status"\n  >')).toBe(
      '<div\nclass="a"\nrole="status"\n>',
    );
  });
});

describe('minifyTemplates', () => {
  it('minifies the static parts of css, html and svg templates only', () => {
    const code = [
      'const s = css`\n  .a {\n    color: red;\n  }\n`;',
      'const h = html`<p>\n    ${x ? html`<b>\n  y</b>` : nothing}\n  </p>`;',
      'const v = svg`<g>\n  <path d=${d}></path>\n</g>`;',
      'const other = `keep\n    this`;',
      'const tagged = sql`keep\n    this`;',
    ].join('\n');
    expect(minifyTemplates(code)).toBe(
      [
        'const s = css`.a{color:red}`;',
        'const h = html`<p>\n${x ? html`<b>\ny</b>` : nothing}\n</p>`;',
        'const v = svg`<g>\n<path d=${d}></path>\n</g>`;',
        'const other = `keep\n    this`;',
        'const tagged = sql`keep\n    this`;',
      ].join('\n'),
    );
  });

  it('returns code without templates unchanged', () => {
    const code = 'export const a = 1;\nconst b = `x\n   y`;';
    expect(minifyTemplates(code)).toBe(code);
  });
});
