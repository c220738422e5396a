export * from './db';
export * from './errors';
export * from './commandRunner';
export * from './commands/projects';
export * from './commands/guide';
export * from './commands/sessions';
export * from './commands/notes';
