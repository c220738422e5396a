/**
 * Runs a command from a UI event: reports failure in the notice banner with the command's clear message,
 * announces success in the live region, and never lets a rejected promise go unhandled.
 */
import { useCallback } from 'react';
import { announce, notifyError } from './announce';
import { describeError } from '../data/errors';
import { uiTranslator } from '../ui/i18n';

export function useAct() {
  return useCallback(
    async <T>(action: Promise<T>, success?: string | ((result: T) => string)): Promise<T | undefined> => {
      try {
        const result = await action;
        if (success) announce(typeof success === 'function' ? success(result) : success);
        return result;
      } catch (error) {
        notifyError(describeError(error, uiTranslator()));
        return undefined;
      }
    },
    [],
  );
}
