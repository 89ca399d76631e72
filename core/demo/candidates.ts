/**
 * The five shortlisted (fictitious) candidates of the demo: dossier fields, summary and
 * the CV text that cv-pdf.ts lays out as each candidate's PDF.
 */

export interface DemoCvPost {
  period: string;
  title: string;
  organisation: string;
  duties: string[];
}

export interface DemoCandidate {
  id: string;
  name: string;
  summary: string;
  nationality: string;
  currentPost: string;
  yearsOfExperience: number;
  languages: string;
  education: string;
  profile: string;
  posts: DemoCvPost[];
  degrees: string[];
  other: string[];
}

/** The demo shortlist, in the order the panel interviews the candidates. */
export const DEMO_CANDIDATES: readonly DemoCandidate[] = [
  {
    id: 'cand-01',
    name: 'Amara Nwosu-Bello',
    summary:
      'Deputy head of the support unit of another humanitarian disarmament treaty; strong on States Parties engagement and meeting support, with direct budget responsibility.',
    nationality: 'Nigeria',
    currentPost: 'Deputy Head, Implementation Support Unit, Convention on Explosive Remnants in Coastal Waters',
    yearsOfExperience: 15,
    languages: 'English (mother tongue), French (fluent), Hausa',
    education: 'LL.M. in International Humanitarian Law, Geneva Academy; LL.B., University of Lagos',
    profile:
      'International lawyer with fifteen years in humanitarian disarmament, the last seven in a treaty implementation support unit. Has supported four presidencies, led the drafting of two review conference action plans and manages a budget of CHF 1.4 million.',
    posts: [
      {
        period: '2019 – present',
        title: 'Deputy Head',
        organisation: 'Implementation Support Unit, Convention on Explosive Remnants in Coastal Waters, Geneva',
        duties: [
          'Advises the President and the Coordination Committee; drafts decisions and the annual progress report.',
          'Manages the Unit’s budget (CHF 1.4 million, four donors plus assessed contributions) and supervises three staff.',
          'Led the consultations on the Second Review Conference action plan, adopted by consensus in 2024.',
        ],
      },
      {
        period: '2014 – 2019',
        title: 'Implementation Support Officer',
        organisation: 'Implementation Support Unit, Convention on Explosive Remnants in Coastal Waters, Geneva',
        duties: [
          'Supported States Parties in Africa and the Middle East with clearance deadlines and extension requests.',
          'Organised regional workshops on transparency reporting in Abuja, Amman and Dakar.',
        ],
      },
      {
        period: '2010 – 2014',
        title: 'Legal Adviser',
        organisation: 'Ministry of Foreign Affairs of Nigeria, International Law Department',
        duties: ['Advised on ratification and national implementation legislation for disarmament treaties.'],
      },
    ],
    degrees: [
      'LL.M. in International Humanitarian Law and Human Rights, Geneva Academy, 2010',
      'LL.B. (Hons), University of Lagos, 2008; called to the Nigerian Bar, 2009',
    ],
    other: ['Author of "Extension requests in practice: a decade of clearance deadlines" (working paper, 2022).'],
  },
  {
    id: 'cand-02',
    name: 'Tomás Irigoyen Salas',
    summary:
      'Senior diplomat with long multilateral disarmament experience and two years as adviser to a conference presidency; limited direct management of staff and budget.',
    nationality: 'Uruguay',
    currentPost: 'Minister Counsellor, Permanent Mission of Uruguay to the United Nations Office at Geneva',
    yearsOfExperience: 18,
    languages: 'Spanish (mother tongue), English (fluent), Portuguese (fluent), French (working knowledge)',
    education: 'M.A. in International Relations, Universidad de la República; Diploma, Diplomatic Academy of Uruguay',
    profile:
      'Career diplomat with eighteen years of multilateral practice, most of it in disarmament forums in Geneva and New York. Coordinated the Latin American and Caribbean group on humanitarian disarmament and advised a conference presidency for two years.',
    posts: [
      {
        period: '2021 – present',
        title: 'Minister Counsellor (Disarmament)',
        organisation: 'Permanent Mission of Uruguay, Geneva',
        duties: [
          'Represents Uruguay in disarmament and humanitarian forums; coordinated the regional group in 2022–2023.',
          'Served as senior adviser to the conference presidency held by Uruguay in 2023–2024.',
        ],
      },
      {
        period: '2015 – 2021',
        title: 'Counsellor, Disarmament and International Security',
        organisation: 'Ministry of Foreign Affairs of Uruguay, Montevideo',
        duties: [
          'Led national preparations for review conferences of three disarmament treaties.',
          'Supervised two desk officers; managed a small cooperation fund for regional workshops.',
        ],
      },
      {
        period: '2008 – 2015',
        title: 'First and Second Secretary',
        organisation: 'Permanent Mission of Uruguay to the United Nations, New York',
        duties: ['First Committee delegate; facilitated resolutions on transparency in armaments.'],
      },
    ],
    degrees: [
      'M.A. in International Relations, Universidad de la República, Montevideo, 2007',
      'Diploma in Diplomacy, Diplomatic Academy of Uruguay, 2008',
    ],
    other: ['Facilitator of the informal consultations on cooperation and assistance, 2022.'],
  },
  {
    id: 'cand-03',
    name: 'Marit Lindqvist',
    summary:
      'Programme director of a large humanitarian demining NGO; proven manager of teams and multi-donor budgets, less exposure to treaty diplomacy.',
    nationality: 'Sweden',
    currentPost: 'Director of Programmes, Nordic Demining Alliance, Oslo',
    yearsOfExperience: 16,
    languages: 'Swedish (mother tongue), English (fluent), Norwegian (fluent), French (intermediate)',
    education: 'M.Sc. in Development Studies, Uppsala University; B.A. in Political Science, Lund University',
    profile:
      'Humanitarian mine action manager with sixteen years in the field and at headquarters. Oversees programmes in nine countries with 600 staff and an annual budget of USD 38 million; represents the NGO in the Convention’s meetings.',
    posts: [
      {
        period: '2020 – present',
        title: 'Director of Programmes',
        organisation: 'Nordic Demining Alliance, Oslo',
        duties: [
          'Leads country programmes in nine affected States; line-manages nine country directors.',
          'Responsible for a USD 38 million multi-donor portfolio and its audits.',
          'Represents the organisation at intersessional meetings and in the Convention’s cooperation platform.',
        ],
      },
      {
        period: '2013 – 2020',
        title: 'Country Director',
        organisation: 'Nordic Demining Alliance, Lao PDR and later Iraq',
        duties: [
          'Ran clearance and risk education programmes with 150 national staff.',
          'Negotiated operating agreements with national mine action authorities.',
        ],
      },
      {
        period: '2009 – 2013',
        title: 'Programme Officer',
        organisation: 'Swedish development cooperation agency (mine action desk)',
        duties: ['Managed grants to mine action operators in South-East Asia.'],
      },
    ],
    degrees: ['M.Sc. in Development Studies, Uppsala University, 2008', 'B.A. in Political Science, Lund University, 2006'],
    other: ['Board member, national mine action standards review group, 2021–2024.'],
  },
  {
    id: 'cand-04',
    name: 'Farah Qureshi',
    summary:
      'Political affairs officer in a multilateral disarmament secretariat; excellent knowledge of the Convention and of meeting servicing, first management role would be this one.',
    nationality: 'Pakistan',
    currentPost: 'Political Affairs Officer (P-4), Geneva Branch of a multilateral disarmament secretariat',
    yearsOfExperience: 12,
    languages: 'English (fluent), Urdu (mother tongue), French (fluent), Arabic (basic)',
    education: 'Ph.D. in International Law, Graduate Institute Geneva; M.A., Quaid-i-Azam University',
    profile:
      'International lawyer and secretariat officer with twelve years of service to intergovernmental disarmament meetings, including six years as secretary of the Convention’s working group on victim assistance.',
    posts: [
      {
        period: '2018 – present',
        title: 'Political Affairs Officer',
        organisation: 'Geneva Branch, multilateral disarmament secretariat',
        duties: [
          'Secretary of the working group on victim assistance; drafts its reports and the chairs’ summaries.',
          'Prepares background papers for meetings of States Parties and review conferences.',
        ],
      },
      {
        period: '2014 – 2018',
        title: 'Associate Political Affairs Officer',
        organisation: 'Geneva Branch, multilateral disarmament secretariat',
        duties: ['Serviced meetings of three conventions; maintained the transparency report database.'],
      },
      {
        period: '2012 – 2014',
        title: 'Research Fellow',
        organisation: 'Geneva research institute on disarmament',
        duties: ['Research on the relationship between disarmament treaties and international humanitarian law.'],
      },
    ],
    degrees: [
      'Ph.D. in International Law, Graduate Institute of International and Development Studies, Geneva, 2014',
      'M.A. in Defence and Strategic Studies, Quaid-i-Azam University, Islamabad, 2009',
    ],
    other: ['Publications on victim assistance and the rights of persons with disabilities (2016, 2021).'],
  },
  {
    id: 'cand-05',
    name: 'Nguyen Thi Lan Anh',
    summary:
      'Deputy director of a national mine action centre in an affected State; brings the perspective of implementing States and strong victim assistance experience.',
    nationality: 'Viet Nam',
    currentPost: 'Deputy Director, National Mine Action Centre of Viet Nam',
    yearsOfExperience: 14,
    languages: 'Vietnamese (mother tongue), English (fluent), French (good)',
    education: 'M.P.A., National University of Singapore; B.A. in International Relations, Diplomatic Academy of Viet Nam',
    profile:
      'Public administrator with fourteen years in national mine action, responsible for the country’s extension request, its transparency reports and a national victim assistance plan developed with survivors’ organisations.',
    posts: [
      {
        period: '2019 – present',
        title: 'Deputy Director',
        organisation: 'National Mine Action Centre, Hanoi',
        duties: [
          'Leads international cooperation and the national delegation to the Convention’s meetings.',
          'Prepared the national extension request, granted by the Meeting of States Parties in 2023.',
          'Manages a staff of twenty and a budget of USD 6 million from national and donor sources.',
        ],
      },
      {
        period: '2012 – 2019',
        title: 'Head of Victim Assistance',
        organisation: 'National Mine Action Centre, Hanoi',
        duties: ['Developed the national victim assistance plan with ministries and survivors’ networks.'],
      },
      {
        period: '2010 – 2012',
        title: 'Desk Officer, International Organisations',
        organisation: 'Ministry of Foreign Affairs of Viet Nam',
        duties: ['Followed humanitarian and disarmament questions in ASEAN and United Nations forums.'],
      },
    ],
    degrees: [
      'Master in Public Administration, Lee Kuan Yew School of Public Policy, National University of Singapore, 2012',
      'B.A. in International Relations, Diplomatic Academy of Viet Nam, 2009',
    ],
    other: ['Co-chair of the Convention’s working group on cooperation and assistance, 2024–2025.'],
  },
];
