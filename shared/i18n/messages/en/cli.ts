/** English messages: cli (everything the fieldnotes command prints). */
export const cli = {} as const satisfies Record<string, string>;
