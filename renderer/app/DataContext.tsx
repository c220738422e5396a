/** Makes the opened database and command runner available to every screen. */
import { createContext, useContext, type ReactNode } from 'react';
import type { CommandRunner } from '../data/commandRunner';
import type { FieldnotesDb } from '../data/db';

export interface DataContextValue {
  db: FieldnotesDb;
  runner: CommandRunner;
}

const DataContext = createContext<DataContextValue | null>(null);

export function DataProvider({ value, children }: { value: DataContextValue; children: ReactNode }) {
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData must be used inside <DataProvider>');
  return value;
}
