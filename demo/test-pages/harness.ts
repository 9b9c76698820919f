/**
 * Entry of the e2e harness page: only the library, nothing of the demo site. The e2e server
 * (test/e2e/support/server.ts) reuses its built script tags in every scenario page.
 */
import '../../src/index';
