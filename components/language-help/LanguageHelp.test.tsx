import { render, screen } from '@testing-library/react';
import { clinic } from '@/lib/clinic/config';
import { LanguageHelp } from './LanguageHelp';

it('says interpreters are free and how to ask for one, by default', () => {
  render(<LanguageHelp lang="en" />);
  expect(screen.getByRole('heading', { level: 2, name: 'Free interpreters' })).toHaveAttribute('id', 'interpreters');
  expect(screen.getByText('You can talk to us in your own language. We will get an interpreter for you, and it is free.')).toBeInTheDocument();
  expect(screen.getByText(/say the name of your language in English, for example "Spanish"/)).toBeInTheDocument();
  expect(screen.queryByText(/answers in/)).toBeNull();
});

it("names each line's languages in the page's language", () => {
  const withLines = {
    ...clinic,
    afterHoursPhone: '+1 303-555-0199',
    languageHelp: { freeInterpreters: true, phoneLanguages: { phone: ['en', 'es'], afterHoursPhone: ['en'] } },
  };
  const { rerender } = render(<LanguageHelp lang="en" clinic={withLines} />);
  expect(screen.getByText('Our main number, (303) 555-0142, answers in English and Spanish.')).toBeInTheDocument();
  expect(screen.getByText('Our out-of-hours number, (303) 555-0199, answers in English.')).toBeInTheDocument();
  rerender(<LanguageHelp lang="es" clinic={withLines} />);
  expect(screen.getByText('Nuestro número principal, (303) 555-0142, atiende en inglés y español.')).toBeInTheDocument();
  expect(screen.getByText(/Para español, diga «Spanish»/)).toBeInTheDocument();
});

it('says nothing when the clinic turns the notice off', () => {
  const { container } = render(<LanguageHelp lang="en" clinic={{ ...clinic, languageHelp: { freeInterpreters: false } }} />);
  expect(container).toBeEmptyDOMElement();
});
