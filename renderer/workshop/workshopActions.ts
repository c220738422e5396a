/** The workshop screen's keys, buttons and shortcut help, from one list (architecture: Renderer, actions as data). */
import type { Action, SectionOfActions } from '../ui/actions';
import { msg } from '../ui/i18n';

export interface WorkshopContext {
  go(to: 'next' | 'previous' | 'first' | 'last'): void;
  /** Whether the current slide takes votes (a theme slide). */
  canVote: boolean;
  vote(delta: 1 | -1): void;
  notesShown: boolean;
  toggleNotes(): void;
  fullScreen(): void;
  help(): void;
  leave(): void;
}

// Words are read when shown (message ids and functions), so they follow the app's language.
export const WORKSHOP_SECTIONS: readonly SectionOfActions[] = [
  { id: 'move', heading: 'workshop.section.move' },
  { id: 'vote', heading: 'workshop.section.vote' },
  { id: 'screen', heading: 'workshop.section.screen' },
];

export const WORKSHOP_ACTIONS: readonly Action<WorkshopContext>[] = [
  {
    name: 'next',
    label: () => msg('workshop.action.next'),
    keys: ['ArrowRight', 'ArrowDown', 'PageDown'],
    section: 'move',
    perform: (c) => c.go('next'),
  },
  {
    name: 'previous',
    label: () => msg('workshop.action.previous'),
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    section: 'move',
    perform: (c) => c.go('previous'),
  },
  {
    name: 'first',
    label: () => msg('workshop.action.first'),
    keys: ['Home'],
    section: 'move',
    perform: (c) => c.go('first'),
  },
  {
    name: 'last',
    label: () => msg('workshop.action.last'),
    keys: ['End'],
    section: 'move',
    perform: (c) => c.go('last'),
  },
  {
    name: 'add-vote',
    label: () => msg('workshop.action.addVote'),
    keys: ['+', '='],
    section: 'vote',
    help: () => msg('workshop.action.addVoteHelp'),
    when: (c) => c.canVote,
    perform: (c) => c.vote(1),
  },
  {
    name: 'remove-vote',
    label: () => msg('workshop.action.removeVote'),
    keys: ['-'],
    section: 'vote',
    help: () => msg('workshop.action.removeVoteHelp'),
    when: (c) => c.canVote,
    perform: (c) => c.vote(-1),
  },
  {
    name: 'notes',
    label: (c) => (c.notesShown ? msg('workshop.action.hideNotes') : msg('workshop.action.showNotes')),
    keys: ['KeyN'],
    section: 'screen',
    help: () => msg('workshop.action.notesHelp'),
    perform: (c) => c.toggleNotes(),
  },
  {
    name: 'full-screen',
    label: () => msg('workshop.fullScreen'),
    keys: ['KeyF'],
    section: 'screen',
    perform: (c) => c.fullScreen(),
  },
  {
    name: 'help',
    label: () => msg('workshop.action.help'),
    keys: ['?'],
    section: 'screen',
    perform: (c) => c.help(),
  },
  {
    name: 'leave',
    label: () => msg('workshop.action.leave'),
    keys: ['Escape'],
    section: 'screen',
    help: () => msg('workshop.action.leaveHelp'),
    perform: (c) => c.leave(),
  },
];
