/**
 * The plain HTML page of the framework interop test (test/e2e/interop.test.ts): no framework, a
 * module script after the library's script tag. It sets the parsed feed as the `data` property,
 * listens for `bildung-select`, and changes properties from buttons.
 */
const FEED_URL = '/feeds/kreis-03453.feed.json';

const map = document.getElementById('map');
const trend = document.getElementById('trend');
const out = document.getElementById('selected');
const count = document.getElementById('count');

map.addEventListener('bildung-select', (e) => {
  const d = e.detail;
  out.textContent = d.key ? `${d.name} (${d.key}), ${d.year}` : 'Keine Auswahl';
  count.textContent = String(Number(count.textContent) + 1);
});

const feed = await (await fetch(FEED_URL)).json();
map.data = feed;
trend.data = feed;

document.getElementById('year-2019').addEventListener('click', () => {
  map.year = 2019;
});
document.getElementById('lang-en').addEventListener('click', () => {
  map.lang = 'en';
  trend.lang = 'en';
});
