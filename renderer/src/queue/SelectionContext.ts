// Lets the grid's checkbox cells read and change the selection without the grid redrawing rows.
import { createContext, useContext } from 'react';
import type { SelectionApi } from './useSelection';

export const SelectionContext = createContext<SelectionApi | null>(null);

export function useSelectionContext(): SelectionApi {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelectionContext needs a SelectionContext above it');
  return selection;
}
