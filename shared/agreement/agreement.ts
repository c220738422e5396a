/**
 * Agreement between two coders who themed the same notes independently (note × theme, nominal): Cohen's kappa
 * and Krippendorff's alpha overall (each note's theme is one nominal value) and per theme (each note is in the
 * theme or not: a yes/no value per coder), the confusion table of coder A's themes against coder B's, and the
 * notes they disagree on. A note one coder did not code is missing for that coder: alpha leaves it out of the
 * pairable values, kappa counts only notes both coded.
 */
import { krippendorffAlphaNominal } from './alpha';
import { cohenKappa } from './kappa';

export interface AgreementInput {
  /** The units (notes) in scope, in the order disagreements are listed. */
  units: readonly string[];
  /** Each coder's category for a unit; a unit missing from a map was not coded by that coder. */
  first: ReadonlyMap<string, string>;
  second: ReadonlyMap<string, string>;
  /** Category order for the table (any category met in the codings but absent here is appended). */
  categories?: readonly string[];
}

export interface Measure {
  kappa: number | null;
  alpha: number | null;
}

export interface CategoryAgreement extends Measure {
  category: string;
  /** Notes each coder put in the category, and notes both did. */
  first: number;
  second: number;
  both: number;
}

export interface Disagreement {
  unit: string;
  first: string | null;
  second: string | null;
}

export interface AgreementResult {
  overall: Measure & { observed: number | null };
  /** Notes both coded; notes only one coded. */
  codedByBoth: number;
  codedByOne: number;
  perCategory: CategoryAgreement[];
  /** rows: first coder's categories; columns: second coder's; only notes both coded. */
  confusion: { categories: string[]; counts: number[][] };
  disagreements: Disagreement[];
}

function categoryOrder(input: AgreementInput): string[] {
  const order = [...(input.categories ?? [])];
  const seen = new Set(order);
  for (const unit of input.units) {
    for (const value of [input.first.get(unit), input.second.get(unit)]) {
      if (value !== undefined && !seen.has(value)) {
        seen.add(value);
        order.push(value);
      }
    }
  }
  return order;
}

function perCategory(input: AgreementInput, category: string): CategoryAgreement {
  const pairs: [string | null, string | null][] = [];
  let first = 0;
  let second = 0;
  let both = 0;
  for (const unit of input.units) {
    const a = input.first.get(unit);
    const b = input.second.get(unit);
    const inA = a === undefined ? null : a === category ? 'yes' : 'no';
    const inB = b === undefined ? null : b === category ? 'yes' : 'no';
    if (inA === 'yes') first++;
    if (inB === 'yes') second++;
    if (inA === 'yes' && inB === 'yes') both++;
    pairs.push([inA, inB]);
  }
  return {
    category,
    kappa: cohenKappa(pairs).kappa,
    alpha: krippendorffAlphaNominal(pairs).alpha,
    first,
    second,
    both,
  };
}

export function computeAgreement(input: AgreementInput): AgreementResult {
  const categories = categoryOrder(input);
  const index = new Map(categories.map((c, i) => [c, i]));
  const counts = categories.map(() => categories.map(() => 0));
  const pairs: [string | null, string | null][] = [];
  const disagreements: Disagreement[] = [];
  let codedByBoth = 0;
  let codedByOne = 0;
  for (const unit of input.units) {
    const a = input.first.get(unit) ?? null;
    const b = input.second.get(unit) ?? null;
    pairs.push([a, b]);
    if (a !== null && b !== null) {
      codedByBoth++;
      counts[index.get(a)!]![index.get(b)!]!++;
    } else if (a !== null || b !== null) codedByOne++;
    if ((a !== null || b !== null) && a !== b) disagreements.push({ unit, first: a, second: b });
  }
  const kappa = cohenKappa(pairs);
  return {
    overall: {
      kappa: kappa.kappa,
      alpha: krippendorffAlphaNominal(pairs).alpha,
      observed: kappa.units ? kappa.observed : null,
    },
    codedByBoth,
    codedByOne,
    perCategory: categories.map((category) => perCategory(input, category)),
    confusion: { categories, counts },
    disagreements,
  };
}
