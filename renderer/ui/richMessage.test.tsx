/**
 * Rich messages put each React piece where the language's sentence puts it, plurals still counted, in the app's
 * language under the provider and in the current language without one.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { catalogue } from '../../shared/i18n/catalogue';
import { useRichMessage } from './richMessage';

function HeldLine() {
  const rich = useRichMessage();
  return <p>{rich('sync.held.line', { count: 2, device: <strong>Laptop</strong>, dates: 'May 3' })}</p>;
}

describe('useRichMessage', () => {
  it('formats with the plural counted and the piece as an element, outside a provider', () => {
    const { container } = render(<HeldLine />);
    expect(container.querySelector('p')?.textContent).toBe('Held: 2 changes from Laptop dated May 3');
    expect(container.querySelector('p > strong')?.textContent).toBe('Laptop');
  });

  it('follows the provider’s language and its word order', () => {
    const { container } = render(
      <IntlProvider locale="fr-CA" messages={catalogue('fr-CA')}>
        <HeldLine />
      </IntlProvider>,
    );
    const line = container.querySelector('p');
    expect(line?.textContent).toBe('Retenues\u00a0: 2 modifications de Laptop, datées du May 3');
    expect(line?.querySelector('strong')?.textContent).toBe('Laptop');
  });
});
