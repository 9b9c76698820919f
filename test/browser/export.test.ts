import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/map/bildung-map';
import '../../src/components/trend/indicator-trend';
import '../../src/components/sankey/transition-sankey';
import { exporter } from '../../src/components/shared/export-menu';
import type { Feed } from '../../src/core/feed/types';
import { JG5_2023 } from '../unit/sankey-fixtures';

const GEO = '/generated/geo/kreis-03453.topo.json';
const KEYS = Array.from({ length: 13 }, (_, i) => `03453${String(i + 1).padStart(3, '0')}`);

function makeFeed(): Feed {
  const values: Record<string, (number | null)[]> = {};
  KEYS.forEach((key, i) => (values[key] = [i + 1, 13.5 - i]));
  values['03453013'] = [13, null];
  values['03453'] = [7, 7.5];
  values['03'] = [6, 6.5];
  return {
    version: 1,
    meta: {
      title: 'Testfeed',
      publisher: 'Test',
      license: 'dl-de/by-2-0',
      attribution: 'Testdaten',
      date: '2025-01-01',
    },
    regions: [
      { key: '03', name: 'Niedersachsen', level: 'land' },
      { key: '03453', name: 'Landkreis Cloppenburg', level: 'kreis', parent: '03' },
      ...KEYS.map((key, i) => ({
        key,
        name: i === 0 ? 'Barßel' : `Gemeinde ${i + 1}`,
        level: 'gemeinde' as const,
        parent: '03453',
      })),
    ],
    indicators: [
      {
        id: 'quote',
        title: { de: 'Testquote', en: 'Test rate' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        source: 'Testquelle & <Amt>',
        years: [2022, 2023],
        values,
        flags: { '03453002': [null, 'provisional'] },
      },
    ],
    flows: [JG5_2023],
  };
}

/** Replaces the download with a recorder for the duration of a test. */
function captureDownloads() {
  const got: { blob: Blob; filename: string }[] = [];
  const original = exporter.download;
  exporter.download = (blob, filename) => void got.push({ blob, filename });
  return { got, restore: () => (exporter.download = original) };
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => (capture = captureDownloads()));
afterEach(() => capture.restore());

const menuButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!;
const items = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('.export-menu [role="menuitem"]'),
];

/** Chooses a format with the mouse and waits for the download. */
async function download(el: HTMLElement & { updateComplete: Promise<boolean> }, kind: 'png' | 'svg' | 'csv') {
  const before = capture.got.length;
  menuButton(el).click();
  await el.updateComplete;
  items(el)
    .find((i) => i.dataset['kind'] === kind)!
    .click();
  await waitUntil(() => capture.got.length > before, `no ${kind} download`, { timeout: 8000 });
  return capture.got[capture.got.length - 1]!;
}

async function svgDoc(blob: Blob): Promise<Document> {
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'SVG parses').to.equal(null);
  return doc;
}

/** Width and height from a PNG's IHDR, after checking the signature. */
async function pngSize(blob: Blob): Promise<[number, number]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  return [view.getUint32(16), view.getUint32(20)];
}

async function renderMap(renderer: 'svg' | 'canvas') {
  const el = await fixture<HTMLElementTagNameMap['bildung-map']>(
    html`<bildung-map
      lang="de"
      renderer=${renderer}
      geo=${GEO}
      .data=${makeFeed()}
      indicator="quote"
    ></bildung-map>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.export-button'), 'map did not render', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

describe('exports', () => {
  it('map: CSV with BOM, German separators and every region; SVG with title, legend, source, attribution and 13 region paths', async () => {
    const el = await renderMap('svg');
    const csv = await download(el, 'csv');
    expect(csv.filename).to.equal('quote-2023.csv');
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).to.equal('Schlüssel;Region;Jahr;Wert;Einheit;Hinweis');
    expect(lines).to.include('03453001;Barßel;2023;13,5;%;');
    expect(lines).to.include('03453002;Gemeinde 2;2023;12,5;%;vorläufig');
    expect(lines).to.include('03453013;Gemeinde 13;2023;;%;');
    expect(lines.length).to.equal(13 + 2); // header, 13 rows, final line end

    const svg = await download(el, 'svg');
    expect(svg.filename).to.equal('quote-2023.svg');
    const doc = await svgDoc(svg.blob);
    const text = doc.documentElement.textContent!;
    expect(doc.querySelector('title')!.textContent).to.equal('Testquote');
    expect(text).to.contain('Legende: Testquote');
    expect(text).to.contain('keine Daten');
    expect(text).to.contain('Quelle: Testquelle & <Amt>; Testdaten');
    expect(text).to.contain('© GeoBasis-DE / BKG');
    expect(doc.querySelectorAll('path[data-key]').length).to.equal(13);
    const raw = await svg.blob.text();
    expect(raw).not.to.match(/var\(--|\sclass=|\sstyle=/);
  });

  it('map on a canvas: SVG draws the 13 regions from the geometry; PNG is 2× the composed size', async () => {
    const el = await renderMap('canvas');
    const svg = await download(el, 'svg');
    const doc = await svgDoc(svg.blob);
    const paths = [...doc.querySelectorAll('path[data-key]')];
    expect(paths.map((p) => p.getAttribute('data-key')).sort()).to.deep.equal(KEYS);
    expect(paths.find((p) => p.getAttribute('data-key') === '03453013')!.getAttribute('fill')).to.match(
      /^url\(#.*-hatch\)$/,
    );
    // the canvas draws borders and outline on screen; the download gets them as vector paths above the regions
    const borders = [...doc.querySelectorAll('path[vector-effect="non-scaling-stroke"]:not([data-key])')];
    expect(borders.map((p) => p.getAttribute('stroke'))).to.include.members(['#ffffff', '#4d4d4d']);
    for (const b of borders.slice(0, 2)) {
      expect(b.getAttribute('d')!.length).to.be.greaterThan(100);
      expect(paths[0]!.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    const width = Number(doc.documentElement.getAttribute('width'));
    const height = Number(doc.documentElement.getAttribute('height'));
    const png = await download(el, 'png');
    expect(png.filename).to.equal('quote-2023.png');
    expect(await pngSize(png.blob)).to.deep.equal([width * 2, height * 2]);
    await expect(el).to.be.accessible();
  });

  it('trend: English CSV with comma and point, SVG with line legend, PNG at 2×', async () => {
    const el = await fixture<HTMLElementTagNameMap['indicator-trend']>(
      html`<indicator-trend
        lang="en"
        .data=${makeFeed()}
        indicator="quote"
        regions="03453 03"
      ></indicator-trend>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.export-button'), 'trend did not render');
    const csv = await download(el, 'csv');
    expect(csv.filename).to.equal('quote-2022-2023.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.blob.arrayBuffer())).to.equal(
      '\uFEFFKey,Region,Year,Value,Unit,Note\r\n' +
        '03453,Landkreis Cloppenburg,2022,7,%,\r\n03453,Landkreis Cloppenburg,2023,7.5,%,\r\n' +
        '03,Niedersachsen,2022,6,%,\r\n03,Niedersachsen,2023,6.5,%,\r\n',
    );
    const doc = await svgDoc((await download(el, 'svg')).blob);
    expect(doc.querySelector('title')!.textContent).to.equal('Test rate');
    const legendLines = [...doc.querySelectorAll('line[stroke-width="2.5"]')];
    expect(legendLines.length).to.equal(2);
    expect(doc.documentElement.textContent).to.contain('Source: Testquelle & <Amt>');
    const svgWidth = Number(doc.documentElement.getAttribute('width'));
    const [w, h] = await pngSize((await download(el, 'png')).blob);
    expect(w).to.equal(svgWidth * 2);
    expect(h).to.equal(Number(doc.documentElement.getAttribute('height')) * 2);
  });

  it('sankey: CSV has one row per link; SVG keeps node labels; PNG at 2×', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="w"></div>`);
    wrapper.style.width = '600px';
    wrapper.style.background = 'rgb(10, 20, 30)'; // the page's background is the export's
    const el = document.createElement('transition-sankey');
    el.lang = 'de';
    el.data = makeFeed();
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.export-button'), 'sankey did not render');
    const csv = await download(el, 'csv');
    expect(csv.filename).to.equal('uebergang-03453-2023.csv');
    const lines = (await csv.blob.text()).split('\r\n');
    expect(lines[1]).to.equal('03453;Landkreis Cloppenburg;2023;Grundschule;Gymnasium;412;Anzahl;0,3924;');
    expect(lines.length).to.equal(JG5_2023.links.length + 2);
    const doc = await svgDoc((await download(el, 'svg')).blob);
    expect(doc.documentElement.textContent).to.contain('Gymnasium');
    expect(doc.querySelector('title')!.textContent).to.equal('Übergänge nach Klasse 4');
    expect(doc.querySelector(':root > rect')!.getAttribute('fill')).to.equal('rgb(10, 20, 30)');
    const [w] = await pngSize((await download(el, 'png')).blob);
    expect(w).to.equal(Number(doc.documentElement.getAttribute('width')) * 2);
  });

  it('menu: keyboard operation (open with Enter/ArrowDown, arrows, Home/End, Escape back to the button) and axe', async () => {
    const el = await renderMap('svg');
    const button = menuButton(el);
    const menu = el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.hidden).to.equal(true);
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;

    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    expect(focused()?.dataset['kind']).to.equal('png');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset['kind']).to.equal('svg');
    await sendKeys({ press: 'End' });
    expect(focused()?.dataset['kind']).to.equal('csv');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset['kind']).to.equal('png'); // wraps
    await sendKeys({ press: 'Home' });
    expect(focused()?.dataset['kind']).to.equal('png');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused()).to.equal(button);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused()?.dataset['kind']).to.equal('png');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()?.dataset['kind']).to.equal('csv');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => capture.got.length === 1, 'no download from the keyboard');
    expect(capture.got[0]!.filename).to.equal('quote-2023.csv');
    expect(focused()).to.equal(button);
    expect(menu.hidden).to.equal(true);
  });
});
