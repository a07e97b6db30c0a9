import { formatClock, formatDays, formatOpeningHours } from './opening-hours';

it('says clock times the way people say them', () => {
  expect(formatClock('07:30', 'en')).toBe('7:30 AM');
  expect(formatClock('17:00', 'en')).toBe('5 PM');
  expect(formatClock('12:00', 'en')).toBe('12 noon');
  expect(formatClock('00:00', 'en')).toBe('12 midnight');
  expect(formatClock('12:45', 'en')).toBe('12:45 PM');
  expect(formatClock('09:05', 'en')).toBe('9:05 AM');
});

it('joins consecutive days into a range and lists the rest', () => {
  expect(formatDays(['Mo', 'Tu', 'We', 'Th', 'Fr'], 'en')).toBe('Monday to Friday');
  expect(formatDays(['Sa'], 'en')).toBe('Saturday');
  expect(formatDays(['Sa', 'Su'], 'en')).toBe('Saturday and Sunday');
  expect(formatDays(['Fr', 'Mo', 'We'], 'en')).toBe('Monday, Wednesday and Friday');
  expect(formatDays(['Mo', 'Tu', 'We', 'Fr'], 'en')).toBe('Monday to Wednesday and Friday');
});

it('formats each opening-hours entry as one line', () => {
  expect(
    formatOpeningHours(
      [
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '07:30', closes: '17:00' },
        { days: ['Sa'], opens: '09:00', closes: '12:00' },
      ],
      'en',
    ),
  ).toEqual(['Monday to Friday: 7:30 AM to 5 PM', 'Saturday: 9 AM to 12 noon']);
});
