/** The workshop screen's keys, buttons and shortcut help, from one list (architecture: Renderer, actions as data). */
import type { Action } from '../ui/actions';

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

export const WORKSHOP_SECTIONS = [
  { id: 'move', heading: 'Moving through the slides' },
  { id: 'vote', heading: 'Dot-voting (the room’s votes on the current theme)' },
  { id: 'screen', heading: 'The screen' },
] as const;

export const WORKSHOP_ACTIONS: readonly Action<WorkshopContext>[] = [
  {
    name: 'next',
    label: 'Next slide',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown'],
    section: 'move',
    perform: (c) => c.go('next'),
  },
  {
    name: 'previous',
    label: 'Previous slide',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    section: 'move',
    perform: (c) => c.go('previous'),
  },
  { name: 'first', label: 'First slide', keys: ['Home'], section: 'move', perform: (c) => c.go('first') },
  { name: 'last', label: 'Last slide', keys: ['End'], section: 'move', perform: (c) => c.go('last') },
  {
    name: 'add-vote',
    label: 'Add a vote',
    keys: ['+', '='],
    section: 'vote',
    help: 'Add a dot to this theme (Ctrl+Z undoes it)',
    when: (c) => c.canVote,
    perform: (c) => c.vote(1),
  },
  {
    name: 'remove-vote',
    label: 'Remove a vote',
    keys: ['-'],
    section: 'vote',
    help: 'Take a dot away from this theme',
    when: (c) => c.canVote,
    perform: (c) => c.vote(-1),
  },
  {
    name: 'notes',
    label: (c) => (c.notesShown ? 'Hide presenter notes' : 'Show presenter notes'),
    keys: ['KeyN'],
    section: 'screen',
    help: 'Show or hide the presenter notes',
    perform: (c) => c.toggleNotes(),
  },
  { name: 'full-screen', label: 'Full screen', keys: ['KeyF'], section: 'screen', perform: (c) => c.fullScreen() },
  { name: 'help', label: 'Keyboard shortcuts', keys: ['?'], section: 'screen', perform: (c) => c.help() },
  {
    name: 'leave',
    label: 'Leave the workshop',
    keys: ['Escape'],
    section: 'screen',
    help: 'Leave full screen, then the workshop (back to the findings)',
    perform: (c) => c.leave(),
  },
];
