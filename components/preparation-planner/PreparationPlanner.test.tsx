import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { clinic } from '@/lib/clinic-config';
import { PlannerForm, type PlannerFormProps } from './PlannerForm';
import { PreparationPlanner, timeZoneName } from './PreparationPlanner';

const props: PlannerFormProps = {
  timeZone: 'America/Los_Angeles',
  timeZoneName: 'Pacific Time',
  rules: { solidFoodHoursBefore: 8, clearLiquidsHoursBefore: 2, arrivalMinutesBefore: 45 },
  clinicName: 'Harbour Point Imaging',
  clinicPhone: '+1 206-555-0117',
  clinicTelHref: 'tel:+12065550117',
  uidDomain: 'ports.harbourpoint.example',
};
// Always in the future, whatever day the tests run.
const nextYear = new Date().getFullYear() + 1;

function submit(value: string) {
  fireEvent.change(screen.getByLabelText('Your appointment date and time'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Show my times' }));
}

beforeEach(() => window.history.replaceState(null, '', '/preparation'));

it('shows the cut-offs, arrival and driver reminder for the entered time, and puts it in the address', () => {
  render(<PlannerForm {...props} />);
  submit(`${nextYear}-12-03T07:30`);
  const times = screen.getByRole('region', { name: 'Your preparation times' });
  const item = (label: string) => within(times).getAllByRole('listitem').find((li) => li.textContent?.startsWith(label))?.textContent;
  expect(item('Last solid food:')).toMatch(/ 2 December \d{4}, 11:30 PM — the night before\./);
  expect(item('Last clear liquids:')).toMatch(/ 3 December \d{4}, 5:30 AM — the same morning\./);
  expect(item('Arrive at the clinic:')).toMatch(/ 3 December \d{4}, 6:45 AM — the same morning\./);
  expect(item('Driver:')).toContain('must not drive');
  expect(within(times).getByRole('link', { name: props.clinicPhone })).toHaveAttribute('href', props.clinicTelHref);
  expect(window.location.search).toBe(`?appointment=${nextYear}-12-03T07%3A30`);
});

it('reads ?appointment= on load', () => {
  window.history.replaceState(null, '', `/preparation?appointment=${nextYear}-06-10T13:00`);
  render(<PlannerForm {...props} />);
  expect(screen.getByRole('region', { name: 'Your preparation times' })).toHaveTextContent('Last solid food: ');
  expect(screen.getByLabelText('Your appointment date and time')).toHaveValue(`${nextYear}-06-10T13:00`);
});

it('explains a bad link next to the form, with the general rules, without moving focus', () => {
  window.history.replaceState(null, '', '/preparation?appointment=2026-02-30T08:00');
  render(<PlannerForm {...props} />);
  const input = screen.getByLabelText('Your appointment date and time');
  expect(input).toHaveAccessibleDescription(expect.stringContaining('That date does not exist.'));
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).not.toHaveFocus();
  expect(screen.getByText(/follow the general rules: no food for 8 hours/)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Your preparation times' })).toBeNull();
});

it('moves focus to the field and describes the problem when the patient submits a bad time', () => {
  render(<PlannerForm {...props} />);
  submit('');
  const input = screen.getByLabelText('Your appointment date and time');
  expect(input).toHaveFocus();
  expect(input).toHaveAccessibleDescription(expect.stringContaining('Error: Enter the date and time of your appointment.'));
  submit(`${nextYear - 2}-01-01T08:00`);
  expect(input).toHaveAccessibleDescription(expect.stringContaining('That time has already passed.'));
});

it('downloads a calendar file named after the appointment day', () => {
  const created: Blob[] = [];
  const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:planner'));
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const clicks: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
  render(<PlannerForm {...props} />);
  submit(`${nextYear}-12-03T07:30`);
  act(() => screen.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click());
  expect(clicks).toEqual([`port-preparation-${nextYear}-12-03.ics`]);
  expect(created[0]?.type).toBe('text/calendar;charset=utf-8');
  click.mockRestore();
});

it('the server part marks itself as needing JavaScript and feeds the lazily loaded form from the clinic config', async () => {
  const { container } = render(<PreparationPlanner />);
  const root = container.firstElementChild;
  expect(root).toHaveAttribute('data-needs-js');
  expect(root).toHaveAttribute('data-print-sheet');
  expect(root).toHaveTextContent(`Questions? Call ${clinic.name} on ${clinic.phone}.`);
  expect(await screen.findByText(/in the clinic's local time \(.+ Time\)/)).toBeInTheDocument();
});

it('names time zones the way patients know them', () => {
  expect(timeZoneName('America/Denver')).toBe('Mountain Time');
  expect(timeZoneName('America/Los_Angeles')).toBe('Pacific Time');
});
