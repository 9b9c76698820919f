/**
 * Texts of the snippet builder (demo/builder.html), German and English. Kept beside the builder
 * rather than in src/core/i18n.ts: that catalogue ships inside every widget bundle, and the
 * builder's page texts are not widget texts (the map bundle is 52 of its 54 KB gzip budget). Same
 * contract: every key in both languages (the `en` type enforces it), `{name}` placeholders.
 */
const de = {
  pageTitle: 'Einbettungscode erstellen – bildung-widgets',
  title: 'Einbettungscode erstellen',
  lead: 'In drei Schritten zum Widget auf Ihrer Seite: Daten und Darstellung wählen, in der Vorschau prüfen, die Einbindung wählen, die Ihre Seite erlaubt, und den Code kopieren.',
  back: 'Zur Übersicht',
  settings: '1. Daten und Darstellung',
  preview: '2. Vorschau',
  code: '3. Einbindung wählen und Code kopieren',
  feed: 'Datenquelle',
  widget: 'Widget',
  'widget.map': 'Karte',
  'widget.trend': 'Zeitreihe',
  'widget.sankey': 'Übergänge',
  'widget.info': 'Feed-Übersicht',
  'widgetHint.map': 'Werte einer Kennzahl je Gemeinde oder Kreis',
  'widgetHint.trend': 'Eine Kennzahl über die Jahre',
  'widgetHint.sankey': 'Bildungsübergänge als Flussdiagramm',
  'widgetHint.info': 'Was der Feed enthält',
  indicator: 'Kennzahl',
  flow: 'Übergang',
  level: 'Gebietsebene',
  'level.gemeinde': 'Gemeinden',
  'level.verband': 'Samtgemeinden und Gemeindeverbände',
  'level.kreis': 'Kreise',
  regionMap: 'Hervorgehobene Region',
  regionTrend: 'Region (mit übergeordneten Gebieten)',
  regionSankey: 'Region',
  year: 'Jahr',
  automatic: 'automatisch',
  none: 'keine',
  latest: 'neuestes',
  scheme: 'Farbschema',
  schemeAuto: 'automatisch (Gelb–Grün–Blau, bei Referenzwert Lila–Orange)',
  classification: 'Klasseneinteilung',
  'classification.quantile': 'Quantile (gleich viele Regionen je Klasse)',
  'classification.equal': 'Gleiche Abstände',
  'classification.jenks': 'Natürliche Brüche (Jenks)',
  controls: 'Jahresauswahl im Widget anzeigen',
  controlsSankey: 'Jahres- und Regionsauswahl im Widget anzeigen',
  language: 'Sprache des Widgets',
  'language.de': 'Deutsch',
  'language.en': 'Englisch',
  advanced: 'Adressen für den Code',
  scriptUrl: 'Adresse der Bibliothek (bildung-widgets.js)',
  scriptUrlHint:
    'Die Datei erzeugt „npm run build:cdn“ im Ordner dist/cdn. Legen Sie den ganzen Ordner auf Ihren Server und tragen Sie hier seine Adresse ein.',
  pageUrl: 'Adresse Ihrer Seite',
  pageUrlHint:
    "Für die Angaben zur Content-Security-Policy: Quellen unter derselben Adresse heißen dort 'self'.",
  loadingFeed: 'Feed wird geladen …',
  feedFailed: 'Der Feed konnte nicht geladen werden: {url}',
  pathLegend: 'Was erlaubt Ihre Seite?',
  recommended: 'Empfohlen',
  'path.script': 'Skript und Element',
  'path.iframe': 'iframe',
  'path.static': 'Statisch (ohne JavaScript)',
  'pathHint.script': 'Für Seiten, in die Sie Skripte einfügen dürfen: das interaktive Widget.',
  'pathHint.iframe': 'Wenn Ihr CMS iframes erlaubt, aber keine Skripte.',
  'pathHint.static': 'Für Editoren, die Skripte und unbekannte Tags entfernen: Grafik und Tabelle als HTML.',
  staticNone: 'Für die Feed-Übersicht gibt es keine statische Fassung.',
  scriptTitle: 'Script-Tag und Element',
  scriptHelp:
    'Das Widget passt sich der Seite an (Schrift, Breite) und lässt sich mit --bildung-* Variablen gestalten.',
  iframeTitle: 'iframe',
  iframeHelp:
    'Das Skript embed.js passt die Höhe automatisch an; ohne es zeigt der iframe das Widget in fester Höhe.',
  staticTitle: 'HTML-Fragment',
  staticHelp:
    'Grafik (SVG) und eine Tabelle mit allen Werten, erzeugt aus der Vorschau – ohne Skript, ohne Styles, ohne externe Adressen. Lädt die Seite zusätzlich die Bibliothek (Skript-Weg), wird daraus das interaktive Widget.',
  staticBusy: 'Die statische Fassung wird erzeugt …',
  staticFailed: 'Die statische Fassung konnte nicht erzeugt werden: {message}',
  downloadSvg: 'SVG herunterladen',
  downloaded: 'Die Datei {file} wurde heruntergeladen.',
  staticImg: 'SVG als Bilddatei einbinden (<img>)',
  staticImgHint:
    'Für Editoren, die <svg> entfernen, aber Bilder erlauben: Laden Sie die SVG-Datei herunter, legen Sie sie auf Ihren Server und tragen Sie ihre Adresse ein.',
  staticImgUrl: 'Adresse der SVG-Datei',
  staticImgUrlHint: 'Leer gelassen, steht im Code nur der Dateiname.',
  commandTitle: 'Beim Bauen der Seite erzeugen',
  commandHelp:
    'Dieselben Dateien beim Bauen der Seite erzeugt, z. B. nach jeder Aktualisierung des Feeds: die SVG-Grafik und das HTML-Fragment. Aufruf in einer POSIX-Shell im Ordner mit den Dateien Ihrer Website (Feed und Geometrie liegen dort wie auf dem Server); braucht Node.js, das Paket playwright-core und Chromium, Chrome oder Edge.',
  copyCommand: 'Befehl kopieren',
  cspTitle: 'Content-Security-Policy',
  'cspHelp.script':
    'Sendet Ihre Seite eine Content-Security-Policy, muss sie für diesen Weg genau diese Quellen erlauben (zusätzlich zu dem, was Ihre Seite selbst braucht). Styles brauchen die Widgets keine.',
  'cspHelp.iframe':
    'Sendet Ihre Seite eine Content-Security-Policy, muss sie für diesen Weg genau diese Quellen erlauben (zusätzlich zu dem, was Ihre Seite selbst braucht).',
  'cspHelp.static':
    'Sendet Ihre Seite eine Content-Security-Policy, muss sie für diesen Weg nur das erlauben:',
  'cspHelp.staticNone':
    'Keine Angaben nötig: Das Fragment enthält weder Skripte noch Styles noch Adressen und funktioniert unter jeder Content-Security-Policy.',
  copyCsp: 'Angaben kopieren',
  'csp.bundle': 'die Bibliothek und ihre nachgeladenen Teile',
  'csp.feed': 'der Feed',
  'csp.geo': 'die Kartengeometrie',
  'csp.png': 'nur für den PNG-Download: das Bild wird aus einer data:-Adresse gezeichnet',
  'csp.frame': 'die eingebettete Seite embed.html',
  'csp.resize': 'embed.js, das die Höhe anpasst (entfällt ohne embed.js)',
  'csp.image': 'die SVG-Datei',
  cspSelf: "'self' steht für die Adresse Ihrer Seite ({origin}).",
  cspIframeNote:
    'embed.html selbst läuft unter der Richtlinie seines eigenen Servers; es braucht dieselben Quellen wie der Skript-Weg.',
  cmsTitle: 'Hinweise für Ihr CMS',
  typo3Title: 'TYPO3 (Version 12 und 13, CKEditor 5)',
  wordpressTitle: 'WordPress',
  't3.htmlElement':
    'Fügen Sie den Code in ein Inhaltselement vom Typ „HTML“ ein (CType `html`). TYPO3 gibt dessen Inhalt unverändert aus.',
  't3.scriptRte':
    'Der Rich-Text-Editor eignet sich dafür nicht: `editor.config.htmlSupport.allow` im RTE-YAML schaltet in CKEditor 5 nur Elemente frei, die der Editor kennt – eigene Elemente wie `<{tag}>` gehören laut TYPO3-Dokumentation nicht dazu. Außerdem lässt der HTML-Sanitizer von TYPO3 in Rich-Text-Feldern nur gängige HTML-Tags durch.',
  't3.scriptTs':
    'Soll die Bibliothek auf allen Seiten bereitstehen, binden Sie sie einmal per TypoScript ein (im Setup Ihres Sitepackages, in TYPO3 13 auch in der setup.typoscript eines Site Sets):',
  't3.scriptElementOnly': 'Im Inhaltselement „HTML“ genügt dann das Element selbst:',
  't3.iframeRte':
    'Im Rich-Text-Editor entfernt TYPO3 `<iframe>` in der Standardkonfiguration (beim Speichern und durch den HTML-Sanitizer).',
  't3.iframeTs': 'embed.js können Sie auch einmal per TypoScript für alle Seiten einbinden:',
  't3.staticHtml':
    'Am einfachsten: Inhaltselement vom Typ „HTML“ (CType `html`) – TYPO3 gibt das Fragment unverändert aus, ein Skript braucht es nicht.',
  't3.staticRte':
    'Im Rich-Text-Editor verschwinden `<svg>` und `<{tag}>` (CKEditor 5 kennt sie nicht), und `<img>` lässt TYPO3 beim Speichern in der Standardkonfiguration nicht zu. Zeigen Sie die Grafik dann als Datei: SVG herunterladen, in die Dateiliste hochladen (SVG zählt in TYPO3 zu den Bildformaten) und mit dem Inhaltselement „Bild“ oder „Text & Medien“ einbinden; die Tabelle fügen Sie im Rich-Text-Editor über „Quelltext“ ein.',
  'wp.block':
    'Fügen Sie einen Block „Individuelles HTML“ ein und kopieren Sie den Code hinein – ohne Shortcode und ohne Plugin.',
  'wp.unfiltered':
    '`<script>` und `<iframe>` bleiben nur erhalten, wenn Ihr Konto die Berechtigung `unfiltered_html` hat: auf einer einzelnen Website Administratoren und Redakteure, in einem Multisite-Netzwerk nur Super-Admins (niemand, wenn `DISALLOW_UNFILTERED_HTML` in wp-config.php gesetzt ist). Bei allen anderen Rollen entfernt WordPress diese Tags beim Speichern – nehmen Sie dann den statischen Weg.',
  'wp.staticSvg':
    'Auch `<svg>` bleibt nur mit `unfiltered_html` erhalten. `<figure>`, `<img>` und `<table>` erlaubt WordPress allen Rollen: Wählen Sie dann oben „SVG als Bilddatei einbinden“. Die Mediathek nimmt SVG-Dateien ohne Zusatz-Plugin nicht an – legen Sie die Datei auf Ihren Server (etwa neben die Feeds) und tragen Sie ihre Adresse ein.',
  copy: 'Code kopieren',
  copied: 'Kopiert.',
  copyManual: 'Der Code ist markiert – bitte mit Strg+C (⌘+C) kopieren.',
  footer: 'Die Widgets laden nur von Ihrem Server und setzen keine Cookies.',
} as const;

export type BuilderKey = keyof typeof de;

const en: Record<BuilderKey, string> = {
  pageTitle: 'Create embed code – bildung-widgets',
  title: 'Create embed code',
  lead: 'Three steps to a widget on your page: choose data and display, check the preview, choose the way your page allows and copy the code.',
  back: 'Back to the overview',
  settings: '1. Data and display',
  preview: '2. Preview',
  code: '3. Choose how to embed and copy the code',
  feed: 'Data source',
  widget: 'Widget',
  'widget.map': 'Map',
  'widget.trend': 'Time series',
  'widget.sankey': 'Transitions',
  'widget.info': 'Feed overview',
  'widgetHint.map': 'An indicator per Gemeinde or Kreis',
  'widgetHint.trend': 'An indicator over the years',
  'widgetHint.sankey': 'Education transitions as a flow diagram',
  'widgetHint.info': 'What the feed contains',
  indicator: 'Indicator',
  flow: 'Transition',
  level: 'Area level',
  'level.gemeinde': 'Gemeinden (municipalities)',
  'level.verband': 'Samtgemeinden and associations',
  'level.kreis': 'Kreise (districts)',
  regionMap: 'Highlighted region',
  regionTrend: 'Region (with its parent areas)',
  regionSankey: 'Region',
  year: 'Year',
  automatic: 'automatic',
  none: 'none',
  latest: 'latest',
  scheme: 'Colour scheme',
  schemeAuto: 'automatic (yellow–green–blue, purple–orange with a reference value)',
  classification: 'Classification',
  'classification.quantile': 'Quantiles (same number of regions per class)',
  'classification.equal': 'Equal intervals',
  'classification.jenks': 'Natural breaks (Jenks)',
  controls: 'Show a year selector in the widget',
  controlsSankey: 'Show year and region selectors in the widget',
  language: 'Language of the widget',
  'language.de': 'German',
  'language.en': 'English',
  advanced: 'Addresses used in the code',
  scriptUrl: 'Address of the library (bildung-widgets.js)',
  scriptUrlHint:
    '"npm run build:cdn" writes the file to the folder dist/cdn. Put the whole folder on your server and enter its address here.',
  pageUrl: 'Address of your page',
  pageUrlHint: "For the Content-Security-Policy: sources at the same address are written 'self' there.",
  loadingFeed: 'Loading the feed …',
  feedFailed: 'The feed could not be loaded: {url}',
  pathLegend: 'What does your page allow?',
  recommended: 'Recommended',
  'path.script': 'Script and element',
  'path.iframe': 'iframe',
  'path.static': 'Static (no JavaScript)',
  'pathHint.script': 'For pages that may contain scripts: the interactive widget.',
  'pathHint.iframe': 'When your CMS allows iframes but not scripts.',
  'pathHint.static': 'For editors that strip scripts and unknown tags: chart and table as HTML.',
  staticNone: 'The feed overview has no static version.',
  scriptTitle: 'Script tag and element',
  scriptHelp: 'The widget adapts to the page (font, width) and can be styled with --bildung-* variables.',
  iframeTitle: 'iframe',
  iframeHelp:
    'The script embed.js adjusts the height automatically; without it the iframe shows the widget at a fixed height.',
  staticTitle: 'HTML fragment',
  staticHelp:
    'The chart (SVG) and a table with every value, made from the preview – no script, no styles, no external addresses. When the page also loads the library (script path), it becomes the interactive widget.',
  staticBusy: 'Making the static version …',
  staticFailed: 'The static version could not be made: {message}',
  downloadSvg: 'Download SVG',
  downloaded: 'The file {file} was downloaded.',
  staticImg: 'Include the SVG as an image file (<img>)',
  staticImgHint:
    'For editors that strip <svg> but allow images: download the SVG file, put it on your server and enter its address.',
  staticImgUrl: 'Address of the SVG file',
  staticImgUrlHint: 'Left empty, the code contains only the file name.',
  commandTitle: 'Make it when you build the page',
  commandHelp:
    'The same files made when you build the page, e.g. after every update of the feed: the SVG chart and the HTML fragment. Run it in a POSIX shell in the folder with the files of your website (feed and geometry as on the server); it needs Node.js, the package playwright-core and Chromium, Chrome or Edge.',
  copyCommand: 'Copy command',
  cspTitle: 'Content-Security-Policy',
  'cspHelp.script':
    'If your page sends a Content-Security-Policy, it must allow exactly these sources for this path (besides what your page itself needs). The widgets need no styles.',
  'cspHelp.iframe':
    'If your page sends a Content-Security-Policy, it must allow exactly these sources for this path (besides what your page itself needs).',
  'cspHelp.static': 'If your page sends a Content-Security-Policy, this path needs it to allow only this:',
  'cspHelp.staticNone':
    'Nothing needed: the fragment contains no scripts, no styles and no addresses, and works under any Content-Security-Policy.',
  copyCsp: 'Copy directives',
  'csp.bundle': 'the library and the parts it loads on demand',
  'csp.feed': 'the feed',
  'csp.geo': 'the map geometry',
  'csp.png': 'only for the PNG download: the image is drawn from a data: address',
  'csp.frame': 'the embedded page embed.html',
  'csp.resize': 'embed.js, which adjusts the height (not needed without embed.js)',
  'csp.image': 'the SVG file',
  cspSelf: "'self' stands for the address of your page ({origin}).",
  cspIframeNote:
    'embed.html itself runs under the policy of its own server; it needs the same sources as the script path.',
  cmsTitle: 'Notes for your CMS',
  typo3Title: 'TYPO3 (versions 12 and 13, CKEditor 5)',
  wordpressTitle: 'WordPress',
  't3.htmlElement':
    'Paste the code into a content element of type "HTML" (CType `html`). TYPO3 outputs its content unchanged.',
  't3.scriptRte':
    "The rich-text editor will not do: in CKEditor 5, `editor.config.htmlSupport.allow` in the RTE YAML only enables elements the editor knows – according to the TYPO3 documentation, custom elements such as `<{tag}>` are not among them. Besides, TYPO3's HTML sanitizer lets only common HTML tags through in rich-text fields.",
  't3.scriptTs':
    'To have the library ready on every page, include it once with TypoScript (in the setup of your site package, in TYPO3 13 also in the setup.typoscript of a site set):',
  't3.scriptElementOnly': 'The "HTML" content element then needs only the element itself:',
  't3.iframeRte':
    'In the rich-text editor, TYPO3 removes `<iframe>` in its default configuration (when saving, and through the HTML sanitizer).',
  't3.iframeTs': 'You can also include embed.js once for every page with TypoScript:',
  't3.staticHtml':
    'Simplest: a content element of type "HTML" (CType `html`) – TYPO3 outputs the fragment unchanged, and it needs no script.',
  't3.staticRte':
    'In the rich-text editor, `<svg>` and `<{tag}>` disappear (CKEditor 5 does not know them), and TYPO3\'s default configuration does not keep `<img>` when saving. Show the chart as a file instead: download the SVG, upload it to the file list (TYPO3 counts SVG among its image formats) and show it with an "Image" or "Text & Media" content element; paste the table into the rich-text editor through "Source".',
  'wp.block': 'Add a "Custom HTML" block and paste the code into it – no shortcode, no plugin.',
  'wp.unfiltered':
    '`<script>` and `<iframe>` are only kept when your account has the `unfiltered_html` capability: administrators and editors on a single site, only super admins on a multisite network (nobody when `DISALLOW_UNFILTERED_HTML` is set in wp-config.php). For every other role WordPress removes these tags when saving – then use the static path.',
  'wp.staticSvg':
    '`<svg>`, too, is only kept with `unfiltered_html`. WordPress allows `<figure>`, `<img>` and `<table>` for every role: then choose "Include the SVG as an image file" above. The media library does not accept SVG files without an extra plugin – put the file on your server (next to the feeds, for example) and enter its address.',
  copy: 'Copy code',
  copied: 'Copied.',
  copyManual: 'The code is selected – please copy it with Ctrl+C (⌘+C).',
  footer: 'The widgets load only from your server and set no cookies.',
};

export const BUILDER_MESSAGES: Readonly<Record<'de' | 'en', Readonly<Record<BuilderKey, string>>>> = {
  de,
  en,
};

/** The builder text `key` in `lang`, with `{name}` placeholders filled. */
export function bt(lang: 'de' | 'en', key: BuilderKey, params: Record<string, string> = {}): string {
  return BUILDER_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
