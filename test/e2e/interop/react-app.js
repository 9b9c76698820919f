/**
 * The React 19 page of the framework interop test (test/e2e/interop.test.ts). Bundled with esbuild
 * into dist-demo/interop/react-app.js; `bildung-widgets` is aliased to the built script-tag bundle
 * (dist-demo/cdn/bildung-widgets.js), so the elements are defined before React renders.
 *
 * React 19 sets a prop on a custom element as a property when the element has that property
 * (`data`, `year`, `lang`, `indicator`), otherwise as an attribute, and turns a prop `on<type>`
 * whose value is a function into `addEventListener('<type>', …)` — `onbildung-select` here.
 * Plain `createElement` instead of JSX, so eslint and prettier check it like any other file.
 */
import 'bildung-widgets';
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const FEED_URL = '/feeds/kreis-03453.feed.json';
const MAP_INDICATOR = 'abgang-ohne-hsa-gemeinden';
const TREND_INDICATOR = 'betreuungsquote-u3';

/** A new feed object: the map indicator gets another title (a new `data` value, not a mutation). */
function retitled(feed) {
  return {
    ...feed,
    indicators: feed.indicators.map((i) =>
      i.id === MAP_INDICATOR
        ? { ...i, title: { de: 'Abgänge ohne Abschluss (neu)', en: 'Leavers without a qualification (new)' } }
        : i,
    ),
  };
}

function App() {
  const [feed, setFeed] = useState(null);
  const [year, setYear] = useState(2023);
  const [lang, setLang] = useState('de');
  const [selected, setSelected] = useState(null);
  const [count, setCount] = useState(0);

  useEffect(() => {
    fetch(FEED_URL)
      .then((res) => res.json())
      .then(setFeed);
  }, []);

  if (!feed) return h('p', { role: 'status' }, 'Lädt …');

  const onSelect = (e) => {
    setSelected(e.detail);
    setCount((n) => n + 1);
  };

  return h(
    'main',
    null,
    h('h1', null, 'React 19'),
    h(
      'p',
      null,
      h('button', { id: 'year-2019', type: 'button', onClick: () => setYear(2019) }, 'Jahr 2019'),
      ' ',
      h('button', { id: 'lang-en', type: 'button', onClick: () => setLang('en') }, 'English'),
      ' ',
      h('button', { id: 'new-data', type: 'button', onClick: () => setFeed(retitled(feed)) }, 'Neue Daten'),
    ),
    h('bildung-map', {
      id: 'map',
      data: feed,
      indicator: MAP_INDICATOR,
      year,
      lang,
      geo: '/geo/index.json',
      'onbildung-select': onSelect,
    }),
    h('indicator-trend', {
      id: 'trend',
      data: feed,
      indicator: TREND_INDICATOR,
      regions: '03453 03453004 03453001',
      lang,
    }),
    h(
      'p',
      { id: 'selected', 'aria-live': 'polite' },
      selected ? `${selected.name} (${selected.key}), ${selected.year}` : 'Keine Auswahl',
    ),
    h('p', { id: 'count' }, String(count)),
  );
}

createRoot(document.getElementById('root')).render(h(App));
