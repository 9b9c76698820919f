/**
 * Static output of the widgets (issue #9 item 2): the shown data as a table-source `<table>` and
 * the HTML fragment that works without JavaScript. DOM-free.
 */
export * from './table-html';
export * from './fragment';
