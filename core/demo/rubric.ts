/**
 * The demo rubric: competencies for the Director of the Implementation Support Unit,
 * drawn from the (fictitious) terms of reference. Every scale point 1–5 has an anchor.
 */
import type { Criterion, Scale } from '../types';

/** The demo's 1–5 scale with a label on every point. */
export const DEMO_SCALE: Scale = {
  min: 1,
  max: 5,
  step: 1,
  labels: {
    '1': 'Unsatisfactory',
    '2': 'Partially meets requirements',
    '3': 'Meets requirements',
    '4': 'Exceeds requirements',
    '5': 'Outstanding',
  },
};

/** The demo's competencies, in the order the panel meets them in the interview guide. */
export const DEMO_CRITERIA: Criterion[] = [
  {
    id: 'strategic-engagement',
    name: 'Strategic engagement with States Parties',
    kind: 'functional',
    weight: 3,
    description:
      'Builds and sustains working relationships with States Parties of every region and size, and turns their priorities into a coherent implementation agenda for the Convention.',
    indicators: [
      'Identifies the interests of States Parties and signatory States and anticipates where they diverge',
      'Proposes realistic strategies that move implementation forward without taking sides',
      'Engages small and under-resourced delegations as actively as large ones',
      'Follows through on commitments made to delegations',
    ],
    anchors: {
      '1': 'No evidence of engagement with States; describes diplomacy only in general terms.',
      '2': 'Has engaged States Parties on operational matters but cannot show a strategy or its results.',
      '3': 'Gives concrete examples of sustained engagement with several delegations that produced agreed steps.',
      '4': 'Has shaped the agenda of a multilateral process across regional groups, with results that outlasted their involvement.',
      '5': 'Has brokered outcomes among divided States Parties and built lasting coalitions; sets out a convincing strategy for universalisation and implementation.',
    },
    questions: [
      'Tell us about a time when States Parties disagreed on the direction of an implementation process. What did you do, and what came of it?',
      'How would you engage a State Party that has not submitted a transparency report for three years?',
      'What would be your first three priorities for the Unit in the year before the Review Conference?',
    ],
  },
  {
    id: 'international-interface',
    name: 'Interface with the international community',
    kind: 'functional',
    weight: 2,
    description:
      'Serves as the Unit’s interface with international and regional organisations, the ICRC, civil society, operators and donors, and represents the Convention credibly in their forums.',
    indicators: [
      'Maintains working partnerships with organisations whose mandates overlap with the Convention',
      'Represents the Convention accurately and without overstating the Unit’s role',
      'Brings the views of civil society and affected communities into the Unit’s work',
    ],
    anchors: {
      '1': 'Sees partners only as an audience; no examples of joint work.',
      '2': 'Has represented an organisation externally but relationships stayed transactional.',
      '3': 'Describes partnerships that delivered joint activities or shared positions.',
      '4': 'Has built a network across the humanitarian, disarmament and development communities and used it to advance an agenda.',
      '5': 'Is recognised as a trusted interlocutor by partners with conflicting interests; has created lasting cooperation mechanisms.',
    },
    questions: [
      'Which organisations would you see as the Unit’s most important partners, and how would you work with them?',
      'Describe a time when you represented your organisation in a forum where its role was contested.',
    ],
  },
  {
    id: 'presidency-support',
    name: 'Support to the Presidency and working groups',
    kind: 'functional',
    weight: 2,
    description:
      'Provides substantive and organisational support to the President, the Coordination Committee and the thematic working groups, and keeps the intersessional programme on track.',
    indicators: [
      'Prepares balanced, well-timed background papers and draft decisions',
      'Advises the Presidency discreetly and impartially',
      'Organises meetings so that every delegation can take part on an equal footing',
      'Ensures continuity from one Presidency to the next',
    ],
    anchors: {
      '1': 'Unclear about the role of a secretariat in serving an intergovernmental body.',
      '2': 'Has supported meetings logistically; little substantive advisory experience.',
      '3': 'Has drafted documents and advised chairs of intergovernmental meetings to an agreed outcome.',
      '4': 'Has supported several presidencies or chairs through difficult negotiations, with well-judged advice.',
      '5': 'Has served as the trusted adviser of successive presidencies and designed the processes that made consensus possible.',
    },
    questions: [
      'The incoming President asks you for a work plan for the year. How do you prepare it, and whom do you consult?',
      'A working group co-chair wants a draft decision that you believe will divide the meeting. What do you do?',
    ],
  },
  {
    id: 'team-and-budget',
    name: 'Management of a small team and budget',
    kind: 'functional',
    weight: 2,
    description:
      'Leads a team of five professionals and manages a budget funded by assessed and voluntary contributions, with sound planning, reporting and oversight.',
    indicators: [
      'Sets clear objectives and gives staff regular, honest feedback',
      'Plans and monitors a multi-source budget and reports transparently to donors and States Parties',
      'Takes timely decisions on priorities when resources are short',
    ],
    anchors: {
      '1': 'No supervisory or budget responsibility, or no examples offered.',
      '2': 'Has supervised staff or managed project funds, but on a small scale and without full accountability.',
      '3': 'Has led a small team and managed a budget with full accountability for results and reporting.',
      '4': 'Has led a team through change or a funding shortfall while keeping morale and delivery up.',
      '5': 'Has built a high-performing unit and a diversified, sustainable funding base; explains clear management principles.',
    },
    questions: [
      'Voluntary contributions fall by a third mid-year. How do you decide what the Unit stops doing?',
      'Tell us about a time you had to address poor performance in your team.',
      'How would you report on the Unit’s finances to States Parties with very different expectations?',
    ],
  },
  {
    id: 'convention-knowledge',
    name: 'Knowledge of the Convention and the field',
    kind: 'technical',
    weight: 1,
    description:
      'Knows the Convention’s obligations (clearance, stockpile destruction, victim assistance, cooperation and assistance, transparency) and the wider humanitarian disarmament field.',
    indicators: [
      'Explains the Convention’s core obligations and their state of implementation',
      'Relates the Convention to other instruments and to international humanitarian law',
    ],
    anchors: {
      '1': 'Cannot describe the Convention’s main obligations.',
      '2': 'Knows the obligations in outline but not the state of implementation.',
      '3': 'Knows the obligations and the main implementation challenges.',
      '4': 'Detailed knowledge of implementation, including the extension request process and reporting.',
      '5': 'Authoritative knowledge of the Convention and neighbouring instruments; has contributed to their interpretation or development.',
    },
    questions: [
      'Which article of the Convention do you see as hardest to implement, and why?',
      'How does the Convention’s victim assistance obligation relate to human rights and disability frameworks?',
    ],
  },
  {
    id: 'communication',
    name: 'Communication',
    kind: 'core',
    weight: 1,
    description:
      'Speaks and writes clearly and persuasively for diplomats, experts and the public, and listens to others.',
    indicators: [
      'Writes concise documents that delegations can act on',
      'Adapts the message to the audience and the language',
      'Listens, checks understanding and responds to what was said',
    ],
    anchors: {
      '1': 'Answers are unclear or do not address the question.',
      '2': 'Generally clear, but long-winded or poorly adapted to the audience.',
      '3': 'Clear and structured answers; adapts to the panel’s questions.',
      '4': 'Concise and persuasive; explains complex matters simply; listens actively.',
      '5': 'Exceptional clarity and presence in more than one working language; convincing with every audience.',
    },
    questions: [
      'Explain the Convention’s transparency obligations in two minutes, as you would to a newly arrived delegate.',
      'Tell us about a message you had to deliver that its audience did not want to hear.',
    ],
  },
  {
    id: 'integrity',
    name: 'Integrity and ethics',
    kind: 'core',
    weight: 1,
    description:
      'Acts impartially and independently of any one State, manages conflicts of interest openly, and upholds the standards expected of an international civil servant.',
    indicators: [
      'Recognises conflicts of interest and discloses them',
      'Resists pressure from any one State or interest group',
      'Treats all delegations and colleagues with equal respect',
    ],
    anchors: {
      '1': 'Answers suggest willingness to favour particular interests, or no awareness of the issues.',
      '2': 'Aware of ethical standards in principle; examples are vague.',
      '3': 'Gives a credible example of acting impartially under some pressure.',
      '4': 'Has handled a serious ethical dilemma transparently and at some personal cost.',
      '5': 'Has set ethical standards for others and built practices that protect impartiality.',
    },
    questions: [
      'A major donor asks you to give its priorities more space in a Presidency paper. How do you respond?',
      'Describe a situation in which you had to disclose a conflict of interest.',
    ],
  },
];
