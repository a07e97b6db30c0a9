import { render } from '@testing-library/react';
import { JsonLd } from './JsonLd';

describe('JsonLd', () => {
  it('writes one JSON-LD script that parses back to the data', () => {
    const data = { '@context': 'https://schema.org' as const, '@type': 'MedicalClinic' as const, name: 'A & B' };
    const { container } = render(<JsonLd data={data} />);
    const scripts = container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(data);
  });

  it('keeps a hostile string inside the script', () => {
    const data = { '@context': 'https://schema.org' as const, '@type': 'Thing' as const, name: '</script><img src=x onerror=alert(1)>' };
    const { container } = render(<JsonLd data={data} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('script')).toHaveLength(1);
    expect(container.innerHTML).not.toContain('</script><img');
  });
});
