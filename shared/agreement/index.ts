export { krippendorffAlphaNominal, type AlphaResult, type UnitValues } from './alpha';
export { cohenKappa, type KappaResult } from './kappa';
export {
  computeAgreement,
  type AgreementInput,
  type AgreementResult,
  type CategoryAgreement,
  type Disagreement,
  type Measure,
} from './agreement';
export {
  categoryOf,
  NO_THEME,
  sessionAgreement,
  type SessionAgreement,
  type SessionAgreementInput,
} from './sessionAgreement';
export { agreementReport, type AgreementReport } from './report';
