/**
 * Stories are test fixtures: every story of every widget is rendered here with its meta's
 * `render(args)` (meta args merged with story args, as Storybook does), must show its chart — or,
 * for error stories, its error box and a `bildung-error` event — plus what its
 * `parameters.fixture` names, and must pass axe. Render and axe times are printed, not asserted.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as feedInfoStories from '../../stories/bildung-feed-info.stories';
import * as mapStories from '../../stories/bildung-map.stories';
import * as trendStories from '../../stories/indicator-trend.stories';
import * as sankeyStories from '../../stories/transition-sankey.stories';
import * as linkedStories from '../../stories/linked.stories';
import * as tableSourceStories from '../../stories/table-source.stories';
import type { StoryFixture } from '../../stories/fixture';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
  parameters?: { fixture?: StoryFixture };
}
interface MetaLike {
  title: string;
  component: string;
  args?: Args;
  render: (args: Args) => TemplateResult;
}
interface StoryModule {
  default: MetaLike;
  [name: string]: unknown;
}

/** What shows that a widget has drawn its content. */
const CHART: Record<string, string> = {
  'bildung-map': 'svg.map-svg',
  'indicator-trend': 'svg.svg',
  'transition-sankey': '.plot svg',
  'bildung-feed-info': 'table',
};

/** States every widget documents with a story. */
const SHARED_STATES = ['Default', 'English', 'DarkTheme', 'ErrorFeedNotFound', 'ErrorInvalidFeed'];

/** Compositions: the widget inside whose chart or error box is checked (axe covers the whole group). */
const CHECKED: Record<string, string> = { 'bildung-feed': 'bildung-map' };

const MODULES = [
  mapStories,
  trendStories,
  sankeyStories,
  feedInfoStories,
  linkedStories,
  tableSourceStories,
] as unknown as StoryModule[];

/** Named exports that are stories (CSF: every named export; ours are all objects). */
function storiesOf(mod: StoryModule): [string, StoryLike][] {
  return Object.entries(mod)
    .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null)
    .map(([name, value]) => [name, value as StoryLike]);
}

const text = (root: ShadowRoot): string => (root.textContent ?? '').replace(/\s+/g, ' ');

const timings: string[] = [];
after(() => {
  console.log(`story render + axe times (ms):\n${timings.join('\n')}`);
});

for (const mod of MODULES) {
  const meta = mod.default;
  const stories = storiesOf(mod);

  describe(`stories: ${meta.title}`, () => {
    it('registers the element and documents the shared states', () => {
      expect(customElements.get(meta.component), meta.component).to.be.a('function');
      const tag = CHECKED[meta.component] ?? meta.component;
      expect(CHART[tag], `chart selector for ${tag}`).to.be.a('string');
      expect(stories.map(([name]) => name)).to.include.members(SHARED_STATES);
    });

    for (const [name, story] of stories) {
      it(`${name} renders and passes axe`, async function () {
        this.timeout(30000);
        const expected = story.parameters?.fixture ?? {};
        const render = story.render ?? meta.render;
        const args = { ...meta.args, ...story.args };
        const errors: Event[] = [];
        const onError = (e: Event) => errors.push(e);
        document.addEventListener('bildung-error', onError);
        const t0 = performance.now();
        try {
          const root = await fixture<HTMLElement>(render(args));
          const tag = expected.component ?? CHECKED[meta.component] ?? meta.component;
          const el = (root.matches(tag) ? root : root.querySelector(tag)) as HTMLElement;
          expect(el, `<${tag}> in the story`).to.exist;
          const shadow = el.shadowRoot!;
          const chartSel = CHART[tag]!;
          await waitUntil(
            () => shadow.querySelector('[part="error"]') || shadow.querySelector(chartSel),
            '',
            {
              timeout: 20000,
            },
          ).catch(() => {
            throw new Error(
              `${name}: neither chart nor error box after 20 s; shows "${text(shadow).slice(0, 200)}"`,
            );
          });
          const t1 = performance.now();

          if (expected.expect === 'error') {
            expect(shadow.querySelector('[part="error"]'), 'error box').to.exist;
            expect(shadow.querySelector(chartSel), 'no chart in an error state').to.be.null;
            expect(errors.length, 'bildung-error dispatched').to.be.greaterThan(0);
          } else {
            const box = shadow.querySelector('[part="error"]');
            expect(box, `unexpected error box: ${box?.textContent?.replace(/\s+/g, ' ')}`).to.be.null;
            expect(shadow.querySelector(chartSel), 'chart').to.exist;
            expect(
              errors.map((e) => {
                const d = (e as CustomEvent<{ code: string; message: { en: string } }>).detail;
                return `${d.code}: ${d.message.en}`;
              }),
              'no bildung-error',
            ).to.deep.equal([]);
          }
          if (expected.selector) {
            const sel = expected.selector;
            await waitUntil(() => shadow.querySelector(sel), `${name}: nothing matches ${sel}`, {
              timeout: 5000,
            });
          }
          if (expected.computed) {
            const [sel, prop, value] = expected.computed;
            const target = shadow.querySelector(sel);
            expect(target, `${name}: nothing matches ${sel}`).to.exist;
            expect(getComputedStyle(target!).getPropertyValue(prop), `${sel} ${prop}`).to.equal(value);
          }
          for (const want of [expected.text ?? []].flat()) {
            await waitUntil(() => text(shadow).includes(want), '', { timeout: 5000 }).catch(() => {
              throw new Error(`${name}: text "${want}" not shown; shows "${text(shadow).slice(0, 1500)}"`);
            });
          }

          const t2 = performance.now();
          await expect(tag === meta.component ? el : root).to.be.accessible();
          const t3 = performance.now();
          timings.push(
            `  ${meta.component} ${name}: render ${Math.round(t1 - t0)}, checks ${Math.round(t2 - t1)}, axe ${Math.round(t3 - t2)}`,
          );
        } finally {
          document.removeEventListener('bildung-error', onError);
        }
      });
    }
  });
}
