/** The words of the session screen's participant parts, in one place for the message catalogue to come. */
import { plural } from '../../shared/i18n/plural';

export const AGE_BANDS = ['under 18', '18–24', '25–44', '45–64', '65+'] as const;

export const PARTICIPANT_TEXT = {
  heading: 'Participants',
  intro: (prefix: string) =>
    `Speakers are recorded by code (${prefix}1, ${prefix}2, …), never by name. In capture, Alt+1 … Alt+9 picks or adds a speaker.`,
  tableCaption: 'Participants, with their attributes',
  code: 'Code',
  ageBand: 'Age band',
  group: 'Group',
  consent: 'Consent',
  actions: 'Actions',
  notRecorded: '(not recorded)',
  ageBandOf: (code: string) => `Age band of ${code}`,
  groupOf: (code: string) => `Group of ${code}`,
  consentOf: (code: string) => `Consent of ${code}`,
  withdrawn: 'Withdrawn (notes erased)',
  withdraw: 'Withdraw consent…',
  withdrawOf: (code: string) => `Withdraw consent of ${code}`,
  attributeSaved: (code: string) => `${code} updated`,
  howMany: 'How many',
  addSome: 'Add participants',
  addButton: (first: string, last: string, count: number) => (count === 1 ? `Add ${first}` : `Add ${first} … ${last}`),
  added: (codes: string[]) =>
    plural(codes.length, {
      one: `Participant ${codes[0]} added`,
      other: `# participants added: ${codes[0]} … ${codes.at(-1)}`,
    }),
  addHint: 'Add the people in the room at once; set their age band and group in the table.',
  countProblem: (max: number) => `Enter a number from 1 to ${max}.`,
} as const;
