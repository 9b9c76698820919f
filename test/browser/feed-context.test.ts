/**
 * The feed context (@lit/context) between `<bildung-feed>` (ContextProvider) and the widgets (consumeFeed): values
 * and updates, a provider that appears after its consumers (the all-in-one bundle defines
 * `<bildung-feed>` last), a nested provider taking over, and unsubscribing on disconnect.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { consumeFeed, feedContext, type ProvidedFeed } from '../../src/components/shared/feed-context';

type FeedProvider = ContextProvider<typeof feedContext>;
const provide = (host: LitElement): FeedProvider => new ContextProvider(host, { context: feedContext });

class ConsumerHost extends LitElement {
  received: (ProvidedFeed | undefined)[] = [];
  constructor() {
    super();
    consumeFeed(this, (value) => this.received.push(value));
  }
}
customElements.define('test-feed-consumer', ConsumerHost);

class ProviderHost extends LitElement {
  provider?: FeedProvider;
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-feed-provider', ProviderHost);

const feed = (src: string): ProvidedFeed => ({ src, state: { status: 'loading' } });

describe('feed context', () => {
  it('gives a consumer inside a provider its value and every new one', async () => {
    const outer = await fixture<ProviderHost>(html`<test-feed-provider></test-feed-provider>`);
    outer.provider = provide(outer);
    const a = feed('a.json');
    outer.provider.setValue(a);
    const consumer = document.createElement('test-feed-consumer') as ConsumerHost;
    outer.append(consumer);
    expect(consumer.received).to.deep.equal([a]);
    const b = feed('b.json');
    outer.provider.setValue(b);
    outer.provider.setValue(b); // the same value: no call
    expect(consumer.received).to.deep.equal([a, b]);
  });

  it('answers consumers that asked before the provider element was defined, once it upgrades', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <test-late-provider><test-feed-consumer></test-feed-consumer></test-late-provider>
      </div>`,
    );
    const consumer = wrapper.querySelector<ConsumerHost>('test-feed-consumer')!;
    expect(consumer.received).to.deep.equal([]); // nobody answered: the request waits at the document
    const a = feed('late.json');
    customElements.define(
      'test-late-provider',
      class extends ProviderHost {
        constructor() {
          super();
          this.provider = provide(this);
          this.provider.setValue(a);
        }
      },
    );
    const host = wrapper.querySelector<ProviderHost>('test-late-provider')!;
    await host.updateComplete;
    expect(consumer.received).to.deep.equal([a]);
    const b = feed('later.json');
    host.provider!.setValue(b);
    expect(consumer.received).to.deep.equal([a, b]);
  });

  it('lets a provider that appears inside another take over, and stops updates after disconnect', async () => {
    const outer = await fixture<ProviderHost>(
      html`<test-feed-provider
        ><test-late-inner><test-feed-consumer></test-feed-consumer></test-late-inner
      ></test-feed-provider>`,
    );
    outer.provider = provide(outer); // connected already: announces itself
    outer.provider.setValue(feed('outer.json'));
    const consumer = outer.querySelector<ConsumerHost>('test-feed-consumer')!;
    expect(consumer.received.at(-1)!.src).to.equal('outer.json');
    // the element between them is upgraded to a provider: the outer one hands its consumer over
    customElements.define(
      'test-late-inner',
      class extends ProviderHost {
        constructor() {
          super();
          this.provider = provide(this);
          this.provider.setValue(feed('inner.json'));
        }
      },
    );
    const inner = outer.querySelector<ProviderHost>('test-late-inner')!;
    await inner.updateComplete;
    expect(consumer.received.at(-1)!.src).to.equal('inner.json');
    const count = consumer.received.length;
    outer.provider.setValue(feed('outer-2.json'));
    expect(consumer.received.length).to.equal(count); // no longer subscribed to the outer one
    inner.provider!.setValue(feed('inner-2.json'));
    expect(consumer.received.at(-1)!.src).to.equal('inner-2.json');
    consumer.remove();
    inner.provider!.setValue(feed('inner-3.json'));
    expect(consumer.received.length).to.equal(count + 1); // unsubscribed on disconnect
  });
});
