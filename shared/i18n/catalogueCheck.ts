/**
 * What the catalogue check looks for (architecture: Languages), as plain functions over catalogues and source
 * text, so the check itself is tested on catalogues built to be wrong. The test that reads the repo's files runs
 * these over every source file.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Catalogue = Record<string, string>;

/** Each argument a message uses, with its kind (`string`, `number`, `plural`, `select`, `date`…). */
export function argumentsOf(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.set(element.value, 'string');
      else if (element.type === TYPE.number) found.set(element.value, 'number');
      else if (element.type === TYPE.date || element.type === TYPE.time) found.set(element.value, 'date');
      else if (element.type === TYPE.plural) found.set(element.value, 'plural');
      else if (element.type === TYPE.select) found.set(element.value, 'select');
      else if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return found;
}

/** The option keys of every select (a select's cases must be the same in each language; plural forms may differ). */
function selectCases(message: string): string[] {
  const cases: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select)
        cases.push(`${element.value}: ${Object.keys(element.options).sort().join(' ')}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return cases.sort();
}

/** Ids in one catalogue and not the other, and messages that do not parse or whose arguments differ. */
export function compareCatalogues(reference: Catalogue, other: Catalogue, otherName: string): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(reference)) {
    if (!(id in other)) problems.push(`${id}: missing in ${otherName}`);
  }
  for (const id of Object.keys(other)) {
    if (!(id in reference)) problems.push(`${id}: in ${otherName} only`);
  }
  for (const [name, catalogue] of [
    ['reference', reference],
    [otherName, other],
  ] as const) {
    for (const [id, message] of Object.entries(catalogue)) {
      try {
        parse(message);
      } catch (error) {
        problems.push(`${id}: not valid ICU in ${name} (${(error as Error).message})`);
      }
    }
  }
  if (problems.length) return problems;
  for (const id of Object.keys(reference)) {
    const want = [...argumentsOf(reference[id]!)].sort().join(', ');
    const got = [...argumentsOf(other[id]!)].sort().join(', ');
    if (want !== got) problems.push(`${id}: arguments differ (${want || 'none'} / ${got || 'none'} in ${otherName})`);
    const wantCases = selectCases(reference[id]!).join('; ');
    const gotCases = selectCases(other[id]!).join('; ');
    if (wantCases !== gotCases) problems.push(`${id}: select cases differ (${wantCases} / ${gotCases})`);
  }
  return problems;
}

/**
 * French typography: a no-break space (or a narrow one) before : ; ? ! » and after «, never a plain space, and
 * the typographic apostrophe in words rather than the typewriter one.
 */
export function frenchTypographyProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [id, message] of Object.entries(catalogue)) {
    if (/ [:;?!»]/u.test(message)) problems.push(`${id}: a plain space before : ; ? ! or »`);
    if (/« /u.test(message)) problems.push(`${id}: a plain space after «`);
    // Between letters only: elsewhere an apostrophe is ICU's quote (`'<'`).
    if (/\p{L}'\p{L}/u.test(message)) problems.push(`${id}: a typewriter apostrophe (use ’)`);
  }
  return problems;
}

/** Message ids code asks for by name: the literal first argument of a `t` or `msg` call. */
export function idsCalledIn(source: string): string[] {
  return [...source.matchAll(/\b(?:t|msg)\(\s*'([^']+)'/gu)].map((match) => match[1]!);
}

/** Whether code names the id anywhere as a literal string (a call, or a table of ids it looks up). */
export function sourceNames(source: string, id: string): boolean {
  return source.includes(`'${id}'`) || source.includes(`"${id}"`);
}
