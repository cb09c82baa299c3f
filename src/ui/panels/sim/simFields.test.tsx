// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../i18n';
import { applyCommand, emptyDocument, simulationOf, type ProcessDocument } from '../../../model';
import { clinicDoc } from '../../../model/testDocs';
import { createEditor, select, type Selection } from '../../../state';
import { EditorProvider } from '../../EditorContext';
import { PropertiesPanel } from '../PropertiesPanel';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: 'en',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_l, _n, key) => {
      throw new Error(`Missing translation: ${key}`);
    },
  });
});
afterEach(cleanup);

/** The properties panel of `doc` with `selection` selected, as in the editor. */
function mount(doc: ProcessDocument, selection: Partial<Selection> = {}) {
  const editor = createEditor(doc);
  select(editor.view, selection);
  render(
    <EditorProvider editor={editor}>
      <PropertiesPanel />
    </EditorProvider>,
  );
  return { editor, doc: () => editor.document.getState().doc, undo: () => editor.document.temporal.getState().undo() };
}

const type = (label: string, value: string, scope: HTMLElement = document.body) => {
  const input = within(scope).getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

describe('simulation inputs in the properties panel', () => {
  it('edits arrivals of a start, one undo step per change', () => {
    const { doc, undo, editor } = mount(clinicDoc(), { nodes: ['n_start'] });
    type('Cases per hour', '12');
    expect(doc().nodes[0]).toMatchObject({ arrival: { kind: 'poisson', perHour: 12 } });
    fireEvent.change(screen.getByLabelText('How cases arrive'), { target: { value: 'interval' } });
    expect(doc().nodes[0]).toMatchObject({ arrival: { kind: 'interval', every: 5, unit: 'minute' } });
    undo();
    expect(doc().nodes[0]).toMatchObject({ arrival: { kind: 'poisson', perHour: 12 } });
    expect(editor.document.getState().lastCommand).toBe('setStartArrival');
  });

  it('edits people and fixed cost of a task, refusing a fractional number of people', () => {
    const { doc } = mount(clinicDoc(), { nodes: ['n_reg'] });
    type('People needed', '2');
    type('Cost each time', '7.5');
    expect(doc().nodes[1]).toMatchObject({ people: 2, fixedCost: 7.5 });
    type('People needed', '1.5');
    expect(doc().nodes[1]).toMatchObject({ people: 2 });
  });

  it('edits working hours and cost of a lane', () => {
    const { doc } = mount(clinicDoc(), { lane: 'l_doctor' });
    fireEvent.change(screen.getByLabelText('Open'), { target: { value: 'daily' } });
    expect(doc().lanes[1]).toMatchObject({ hours: { open: '09:00', close: '18:00' } });
    type('Cost per person per hour', '80');
    expect(doc().lanes[1]).toMatchObject({ costPerHour: 80 });
  });

  it('sets a hand-off time on a cross-lane flow and case types on a decision branch', () => {
    const start = applyCommand(clinicDoc(), 'addCaseType', { id: 'ct1', name: '初诊', share: 1 });
    const { doc } = mount(start, { edges: ['e3'] });
    fireEvent.change(screen.getByLabelText('Between the lanes'), { target: { value: 'some' } });
    expect(doc().edges.find((e) => e.id === 'e3')).toMatchObject({ handoffDelay: { unit: 'minute', dist: { kind: 'fixed', value: 2 } } });
    fireEvent.click(screen.getByLabelText('初诊'));
    expect(doc().edges.find((e) => e.id === 'e3')?.caseTypes).toEqual(['ct1']);
  });

  it('edits run settings, case types and scenarios of the process', () => {
    const { doc } = mount(clinicDoc());
    type('Replications', '10');
    expect(simulationOf(doc()).replications).toBe(10);
    fireEvent.click(screen.getByText('Add case type'));
    expect(simulationOf(doc()).caseTypes).toMatchObject([{ name: 'Type 1', share: 1 }]);
    fireEvent.click(screen.getByText('Add scenario'));
    fireEvent.click(screen.getByRole('button', { name: 'Add a change' }));
    expect(simulationOf(doc()).scenarios[0]!.changes).toEqual([{ kind: 'staff', laneId: 'l_guide', delta: 1 }]);
    type('People more (+) or fewer (−)', '2');
    expect(simulationOf(doc()).scenarios[0]!.changes).toEqual([{ kind: 'staff', laneId: 'l_guide', delta: 2 }]);
  });

  it('shows the process settings of an empty document without errors', () => {
    mount(emptyDocument('p', 'x'));
    expect(screen.getByTestId('simulation-settings')).toBeTruthy();
  });
});
