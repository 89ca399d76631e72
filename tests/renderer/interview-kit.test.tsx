import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../core/types';
import { InterviewKit } from '../../renderer/src/features/interview-kit/InterviewKit';
import { InterviewKitButton } from '../../renderer/src/features/interview-kit/InterviewKitButton';
import { kitFileName, kitGroups } from '../../renderer/src/features/interview-kit/kit-model';
import { type Platform, setPlatform } from '../../renderer/src/platform';
import { fixturePackage } from './helpers/exercise-fixture';

afterEach(() => {
  cleanup();
  setPlatform(null);
});

/** The fixture exercise with a full rubric on Leadership and a half-point scale. */
function exercise(): Exercise {
  const base = fixturePackage().exercise;
  return {
    ...base,
    scale: { min: 1, max: 3, step: 0.5, labels: { '1': 'Weak', '3': 'Strong' } },
    criteria: [
      { id: 'diplomacy', name: 'Diplomacy', kind: 'functional', weight: 1 },
      {
        id: 'leadership',
        name: 'Leadership',
        kind: 'core',
        weight: 2,
        description: 'Sets direction and brings people with them.',
        indicators: ['Delegates with clear goals', 'Takes hard calls'],
        anchors: { '1': 'Avoids decisions', '2.0': 'Decides when pressed', '3': 'Sets a course others follow' },
        questions: ['Tell us about a team you turned around.'],
      },
      { id: 'budget', name: 'Budgeting', kind: 'technical', weight: 1, questions: ['How do you build a budget?'] },
    ],
  };
}

describe('kitGroups', () => {
  it('groups competencies core, functional, technical, and gives every scale point with its anchor', () => {
    const groups = kitGroups(exercise());
    expect(groups.map((g) => g.kind)).toEqual(['core', 'functional', 'technical']);
    const leadership = groups[0].criteria[0];
    expect(leadership.points.map((p) => p.point)).toEqual(['1', '1.5', '2', '2.5', '3']);
    expect(leadership.points.map((p) => p.anchor)).toEqual(['Avoids decisions', undefined, 'Decides when pressed', undefined, 'Sets a course others follow']);
    expect(leadership.points[4].label).toBe('Strong');
  });

  it('leaves out a group without competencies', () => {
    const only = { ...exercise(), criteria: exercise().criteria.filter((c) => c.kind !== 'functional') };
    expect(kitGroups(only).map((g) => g.kind)).toEqual(['core', 'technical']);
  });
});

describe('kitFileName', () => {
  it('names the PDF after the exercise and the candidate, without characters a file system refuses', () => {
    expect(kitFileName('ex/2026', 'cand 1')).toBe('interview-kit-ex-2026-cand-1.pdf');
  });
});

describe('InterviewKit', () => {
  it('has a section for each competency with its description, indicators, questions and room for notes', () => {
    render(<InterviewKit exercise={exercise()} candidate={exercise().candidates[0]} />);
    for (const name of ['Leadership', 'Diplomacy', 'Budgeting']) {
      const section = screen.getByRole('region', { name: new RegExp(`^${name}`) });
      expect(within(section).getByRole('table', { name: `Anchors: what each score looks like for ${name}` })).toBeTruthy();
      expect(within(section).getByRole('img', { name: `Notes on ${name} for Ada Example: space for handwriting` })).toBeTruthy();
    }
    const leadership = screen.getByRole('region', { name: /^Leadership/ });
    expect(within(leadership).getByText('Sets direction and brings people with them.')).toBeTruthy();
    expect(within(leadership).getByText('Takes hard calls')).toBeTruthy();
    expect(within(leadership).getByText('Tell us about a team you turned around.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /^Diplomacy/ })).getByText(/No question is set/)).toBeTruthy();
  });

  it('gives a row for every scale point of every competency, with the anchor or a note that there is none', () => {
    render(<InterviewKit exercise={exercise()} candidate={exercise().candidates[0]} />);
    for (const name of ['Leadership', 'Diplomacy', 'Budgeting']) {
      const table = screen.getByRole('table', { name: new RegExp(`for ${name}$`) });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((row) => within(row).getByRole('rowheader').textContent?.split(' ')[0])).toEqual(['1', '1.5', '2', '2.5', '3']);
    }
    const leadership = screen.getByRole('table', { name: /for Leadership$/ });
    expect(within(leadership).getByRole('row', { name: /^2 Decides when pressed/ })).toBeTruthy();
    expect(within(leadership).getByRole('row', { name: /^1\.5 No anchor written/ })).toBeTruthy();
  });

  it('prints the candidate’s name at the head of every competency group', () => {
    const { container } = render(<InterviewKit exercise={exercise()} candidate={exercise().candidates[1]} />);
    const heads = [...container.querySelectorAll('.interview-kit__group > thead')];
    expect(heads).toHaveLength(3);
    for (const head of heads) expect(head.textContent).toContain('Bo Sample');
  });
});

describe('InterviewKitButton', () => {
  it('opens the kit over the app, prints through the platform, and closes with Escape', async () => {
    const printToPdf = vi.fn(() => Promise.resolve({ saved: true }));
    setPlatform({ printToPdf } as unknown as Platform);
    const user = userEvent.setup();
    render(<InterviewKitButton exercise={exercise()} candidate={exercise().candidates[0]} />);
    await user.click(screen.getByRole('button', { name: 'Interview kit for Ada Example (to print)' }));
    expect(screen.getByRole('dialog', { name: 'Interview kit for Ada Example' })).toBeTruthy();
    expect(document.body.classList.contains('interview-kit-open')).toBe(true);
    expect(screen.getByRole('button', { name: 'Interview kit for Ada Example (to print)', hidden: true }).closest('[inert]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(printToPdf).toHaveBeenCalledWith('interview-kit-ex-1-cand-1.pdf');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.classList.contains('interview-kit-open')).toBe(false);
    expect(document.querySelector('[inert]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Interview kit for Ada Example (to print)' })).toHaveFocus();
  });
});
