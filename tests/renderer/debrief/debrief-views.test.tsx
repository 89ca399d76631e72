import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsensusScore } from '../../../core/types';
import { CandidateView } from '../../../renderer/src/features/debrief/CandidateView';
import { ComparisonView } from '../../../renderer/src/features/debrief/ComparisonView';
import { ConsensusView } from '../../../renderer/src/features/debrief/ConsensusView';
import { type DebriefData, memberLabeller } from '../../../renderer/src/features/debrief/debrief-model';
import { ReliabilityView } from '../../../renderer/src/features/debrief/ReliabilityView';
import { VerificationView } from '../../../renderer/src/features/debrief/VerificationView';
import { byName, demoDebrief } from './demo-debrief';

let data: DebriefData;
let name: (memberId: string) => string;

beforeAll(async () => {
  ({ data } = await demoDebrief());
  name = byName(data);
}, 60_000);

afterEach(cleanup);

const candidateNamed = (id: string) => data.exercise.candidates.find((c) => c.id === id)!.name;

describe('VerificationView', { timeout: 20_000 }, () => {
  it('lists every sheet in the merge with its member, revision, fingerprint and whether the key is confirmed', () => {
    render(<VerificationView data={data} label={name} />);
    for (const input of data.decision.inputs) {
      const row = screen.getByRole('row', { name: new RegExp(`^${name(input.memberId)} `) });
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([
        String(input.revision),
        input.fingerprint,
        input.pinned ? '✓ Confirmed' : '⚠ Not confirmed',
      ]);
    }
    expect(screen.getByRole('heading', { name: 'No file was rejected' })).toBeInTheDocument();
  });

  it('shows completeness per candidate, naming who recused', () => {
    render(<VerificationView data={data} label={name} />);
    const recused = data.decision.candidates.find((c) => c.recused.length > 0)!;
    const row = screen.getByRole('row', { name: new RegExp(`^${candidateNamed(recused.candidateId)}`) });
    expect(row).toHaveTextContent(
      `${data.decision.inputs.length - recused.recused.length} of ${data.decision.inputs.length}`,
    );
    expect(row).toHaveTextContent(name(recused.recused[0]));
  });

  it('names members as Member A, B, … in panel order when asked', () => {
    render(<VerificationView data={data} label={memberLabeller(data.exercise, 'letters')} />);
    const laos = data.exercise.panel.findIndex((m) => m.id === 'm-laos');
    expect(screen.getByRole('row', { name: /Not confirmed/ })).toHaveTextContent(`Member ${'ABCDE'[laos]}`);
    expect(screen.queryByText(data.exercise.panel[0].name)).toBeNull();
  });
});

describe('CandidateView', { timeout: 20_000 }, () => {
  const divergence = () => data.decision.divergences[0];

  it('draws the criterion × member chart with an accessible name and highlights divergent competencies', () => {
    const { candidateId } = divergence();
    const { container } = render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={candidateId}
        consensus={[]}
        label={name}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: new RegExp(`Scores of ${candidateNamed(candidateId)} by competency and member`),
      }),
    ).toBeInTheDocument();
    const divergentCount = data.decision.divergences.filter((d) => d.candidateId === candidateId).length;
    expect(container.querySelectorAll('.chart-row--divergent')).toHaveLength(divergentCount);
    const dots = container.querySelectorAll('.chart-dot');
    const ratings = data.exercise.criteria.reduce(
      (n, k) => n + (data.scores.get(`${candidateId}/${k.id}`)?.length ?? 0),
      0,
    );
    expect(dots).toHaveLength(ratings);
  });

  it('shows as a table the members’ own scores and core’s mean and range for each competency', async () => {
    const { candidateId, criterionId } = divergence();
    render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={candidateId}
        consensus={[]}
        label={name}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const criterion = data.exercise.criteria.find((k) => k.id === criterionId)!;
    const summary = data.decision.candidates.find((c) => c.candidateId === candidateId)!.criteria[
      criterionId
    ];
    const row = screen.getByRole('row', { name: new RegExp(`^${criterion.name} \\(divergent\\)`) });
    const scores = data.scores.get(`${candidateId}/${criterionId}`)!.map((s) => String(s.score));
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([...scores, summary.mean!.toFixed(2), `${summary.min}–${summary.max}`, '—']);
  });

  it('shows the evidence notes and recusals only on demand', async () => {
    const recused = data.decision.candidates.find((c) => c.recused.length > 0)!;
    render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={recused.candidateId}
        consensus={[]}
        label={name}
      />,
    );
    expect(screen.getByText(new RegExp(`Recused: ${name(recused.recused[0])}`))).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Evidence notes' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show evidence notes' }));
    const notes = screen.getByRole('region', { name: 'Evidence notes' });
    const withEvidence = [...data.scores.entries()].find(
      ([key, list]) => key.startsWith(`${recused.candidateId}/`) && list.some((s) => s.evidence),
    )!;
    expect(within(notes).getByText(withEvidence[1].find((s) => s.evidence)!.evidence!)).toBeInTheDocument();
    expect(within(notes).getByRole('heading', { name: 'Recusals' })).toBeInTheDocument();
  });

  it('marks a recorded consensus score beside the item it settles', () => {
    const { candidateId, criterionId } = divergence();
    const consensus: ConsensusScore[] = [
      { candidateId, criterionId, score: 3, justification: 'Agreed after discussion' },
    ];
    const { container } = render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={candidateId}
        consensus={consensus}
        label={name}
      />,
    );
    expect(container.querySelectorAll('.chart-consensus')).toHaveLength(1);
    expect(screen.getByText('agreed: 3')).toBeInTheDocument();
  });
});

describe('ComparisonView', { timeout: 20_000 }, () => {
  it('draws the heatmap of panel means with an accessible name and the same numbers in its table alternative', async () => {
    render(<ComparisonView data={data} />);
    expect(screen.getByRole('img', { name: 'Panel mean per candidate and competency' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Panel mean per candidate and competency' });
    const first = data.decision.candidates[0];
    const row = within(table).getByRole('row', { name: new RegExp(`^${candidateNamed(first.candidateId)}`) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(data.exercise.criteria.map((k) => first.criteria[k.id].mean!.toFixed(2)));
  });

  it('ranks the candidates as core did, with each one’s spread of member totals', () => {
    render(<ComparisonView data={data} />);
    const table = screen.getByRole('table', { name: /Independent ranking/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const expected = [...data.decision.candidates].sort((a, b) => a.rank! - b.rank!);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      expected.map((c) => candidateNamed(c.candidateId)),
    );
    const totals = Object.values(expected[0].memberTotals) as number[];
    expect(rows[0]).toHaveTextContent(`${Math.min(...totals).toFixed(2)}–${Math.max(...totals).toFixed(2)}`);
  });
});

describe('ComparisonView on a long shortlist', { timeout: 20_000 }, () => {
  it('shows the first 25 candidates by rank in the heatmap and the ranking, and all of them on request', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `c-${i + 1}`, name: `Candidate ${i + 1}` }));
    // Ranked in reverse exercise order, so rank order and exercise order differ.
    const candidates = many.map((c, i) => ({
      ...data.decision.candidates[0],
      candidateId: c.id,
      rank: 30 - i,
      panelScore: 1 + i / 10,
    }));
    const long: DebriefData = {
      ...data,
      exercise: { ...data.exercise, candidates: many },
      decision: { ...data.decision, candidates, divergences: [] },
      divergent: new Set(),
    };
    render(<ComparisonView data={long} />);
    const ranking = () =>
      within(screen.getByRole('table', { name: /Independent ranking/ }))
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(ranking()).toEqual(
      many
        .map((c) => c.name)
        .reverse()
        .slice(0, 25),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show all 30 candidates (5 more)' }));
    expect(ranking()).toHaveLength(30);
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(
      within(screen.getByRole('table', { name: 'Panel mean per candidate and competency' })).getAllByRole(
        'row',
      ),
    ).toHaveLength(31);
  });
});

describe('ReliabilityView', { timeout: 20_000 }, () => {
  it('shows each reliability figure from the merge with its plain-language reading', () => {
    render(<ReliabilityView data={data} />);
    const kendall = screen.getByRole('heading', { name: 'Kendall’s W' }).closest('li')!;
    expect(kendall).toHaveTextContent(data.decision.reliability.kendallW!.toFixed(3));
    expect(kendall).toHaveTextContent('Members moderately agree on the order of candidates.');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });
});

describe('ConsensusView', { timeout: 20_000 }, () => {
  it('shows the consensus ranking beside the independent one and what moved', () => {
    // Lower the leader's heaviest competency to the bottom of the scale: it must drop.
    const leader = data.decision.candidates.find((c) => c.rank === 1)!;
    const heaviest = [...data.exercise.criteria].sort((a, b) => b.weight - a.weight)[0];
    const consensus: ConsensusScore[] = [
      {
        candidateId: leader.candidateId,
        criterionId: heaviest.id,
        score: 1,
        justification: 'Evidence re-read',
      },
    ];
    render(<ConsensusView data={data} consensus={consensus} label={name} />);
    const standing = screen.getByRole('table', { name: 'Consensus ranking beside the independent ranking' });
    const leaderRow = within(standing).getByRole('row', {
      name: new RegExp(candidateNamed(leader.candidateId)),
    });
    expect(within(leaderRow).getAllByRole('cell').at(-1)!.textContent).toMatch(/^▼ \d$/);
    const item = screen.getByRole('row', {
      name: new RegExp(`${candidateNamed(leader.candidateId)} ${heaviest.name}`),
    });
    const independent = data.scores
      .get(`${leader.candidateId}/${heaviest.id}`)!
      .map((s) => `${name(s.memberId)} ${s.score}`)
      .join(' · ');
    expect(
      within(item)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([heaviest.name, independent, '1', 'Evidence re-read']);
  });
});
