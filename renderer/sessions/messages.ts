/**
 * The words of the session screen's participant and consent parts, from the message catalogue (architecture:
 * Languages). Each is read when used (a getter or a function), so it is always in the app's current language.
 */
import { msg } from '../ui/i18n';

/** Stored as written (they are data, exported as such); only the "not recorded" choice is translated. */
export const AGE_BANDS = ['under 18', '18–24', '25–44', '45–64', '65+'] as const;

export const PARTICIPANT_TEXT = {
  get heading() {
    return msg('participants.heading');
  },
  intro: (prefix: string) => msg('participants.intro', { prefix }),
  get tableCaption() {
    return msg('participants.tableCaption');
  },
  get code() {
    return msg('participants.code');
  },
  get ageBand() {
    return msg('participants.ageBand');
  },
  get group() {
    return msg('participants.group');
  },
  get consent() {
    return msg('participants.consent');
  },
  get actions() {
    return msg('participants.actions');
  },
  get notRecorded() {
    return msg('participants.notRecorded');
  },
  ageBandOf: (code: string) => msg('participants.ageBandOf', { code }),
  groupOf: (code: string) => msg('participants.groupOf', { code }),
  consentOf: (code: string) => msg('participants.consentOf', { code }),
  get consentGiven() {
    return msg('participants.consentGiven');
  },
  get consentPending() {
    return msg('participants.consentPending');
  },
  get consentSaved() {
    return msg('participants.consentSaved');
  },
  get withdrawn() {
    return msg('participants.withdrawn');
  },
  get withdraw() {
    return msg('participants.withdraw');
  },
  withdrawOf: (code: string) => msg('participants.withdrawOf', { code }),
  attributeSaved: (code: string) => msg('participants.attributeSaved', { code }),
  get howMany() {
    return msg('participants.howMany');
  },
  get addSome() {
    return msg('participants.addSome');
  },
  addButton: (first: string, last: string, count: number) => msg('participants.addButton', { first, last, count }),
  added: (codes: string[]) =>
    msg('participants.added', { count: codes.length, first: codes[0] ?? '', last: codes.at(-1) ?? '' }),
  get addHint() {
    return msg('participants.addHint');
  },
  countProblem: (max: number) => msg('participants.countProblem', { max }),
} as const;

export const CONSENT_TEXT = {
  get heading() {
    return msg('consent.heading');
  },
  get saved() {
    return msg('consent.saved');
  },
  get method() {
    return msg('consent.method');
  },
  get notRecorded() {
    return msg('consent.notRecorded');
  },
  get verbal() {
    return msg('consent.verbal');
  },
  get written() {
    return msg('consent.written');
  },
  get recordedBy() {
    return msg('consent.recordedBy');
  },
  get notes() {
    return msg('consent.notes');
  },
  get save() {
    return msg('consent.save');
  },
} as const;
