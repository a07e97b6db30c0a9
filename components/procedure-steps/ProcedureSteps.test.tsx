import { render, screen, within } from '@testing-library/react';
import { ProcedureStep, ProcedureSteps } from './ProcedureSteps';

it('is an ordered list with one item per step, in order, each with its title and words', () => {
  render(
    <ProcedureSteps>
      <ProcedureStep title="A line in your arm">A nurse puts a thin tube in a vein.</ProcedureStep>
      <ProcedureStep title="Numbing">The doctor numbs your skin.</ProcedureStep>
      <ProcedureStep title="Done" />
    </ProcedureSteps>,
  );
  const list = screen.getByRole('list');
  expect(list.tagName).toBe('OL');
  const items = within(list).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    'A line in your armA nurse puts a thin tube in a vein.',
    'NumbingThe doctor numbs your skin.',
    'Done',
  ]);
});
