import { render, screen } from '@testing-library/react';
import { SectionHeading } from './SectionHeading';

describe('SectionHeading', () => {
  it('keeps the heading name clean and adds a named link to its own id', () => {
    render(
      <SectionHeading lang="en" level={2} id="when-to-call">
        When to <em>call</em>
      </SectionHeading>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAccessibleName('When to call');
    expect(heading).toHaveAttribute('id', 'when-to-call');
    const link = screen.getByRole('link', { name: 'Link to this section: When to call' });
    expect(link).toHaveAttribute('href', '#when-to-call');
    expect(link).toHaveTextContent('#');
  });

  it('renders h3 headings too', () => {
    render(
      <SectionHeading lang="en" level={3} id="swimming">
        Swimming
      </SectionHeading>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Swimming' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Link to this section: Swimming' })).toHaveAttribute('href', '#swimming');
  });

  it('has no link when the heading has no id to point to', () => {
    render(<SectionHeading lang="en" level={2}>Untitled</SectionHeading>);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
