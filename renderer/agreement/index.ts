/** The agreement feature's public surface: coders theme a session blind, then compare and resolve. */
export { AgreementScreen } from './AgreementScreen';
