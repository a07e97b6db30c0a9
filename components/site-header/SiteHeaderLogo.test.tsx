// With a brand logo the header shows it in place of the clinic name, which
// becomes its alt text; without one (SiteHeader.test.tsx) the name is text.
import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { clinic } from '@/lib/clinic/config';
import { SiteHeader } from './SiteHeader';

vi.mock('@/lib/clinic/site-brand', () => ({
  siteLogo: () => ({ url: '/brand/logo.0123456789abcdef.svg', type: 'image/svg+xml', width: 240, height: 48, file: '/x/logo.svg', bytes: Buffer.from('') }),
}));

it('shows the logo as an image file named by the clinic, linking home', () => {
  render(<SiteHeader lang="en" />);
  const escaped = clinic.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const home = within(screen.getByRole('banner')).getByRole('link', { name: new RegExp(`^${escaped}\\s*Port guide for patients$`) });
  expect(home).toHaveAttribute('href', '/');
  const logo = within(home).getByRole('img', { name: clinic.name });
  expect(logo).toHaveAttribute('src', '/brand/logo.0123456789abcdef.svg');
  // 48px tall, as wide as its own shape (240 × 48), so the header never jumps while it loads.
  expect(logo).toHaveAttribute('height', '48');
  expect(logo).toHaveAttribute('width', '240');
  // The name is said once, by the image, not again as text.
  expect(home).not.toHaveTextContent(clinic.name);
});
