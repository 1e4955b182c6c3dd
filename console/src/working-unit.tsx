import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSignedIn } from './auth';

/**
 * The unit the screens work on. A coordinator acts for their unit and every unit under it (the
 * API's scope); the screens show and create for one unit at a time, chosen in the header when
 * there is more than one. Other roles work on the unit of their account, if any.
 */
export interface WorkingUnit {
  /** The unit the screens show; null for the province and for accounts of no unit. */
  unitId: string | null;
  unitName: string | null;
  /** The units this coordinator may choose from (own first); empty for other roles. */
  units: readonly { id: string; name: string }[];
  choose(unitId: string): void;
  /** Whether this coordinator acts for that unit (their own or one under it). */
  coordinates(unitId: string | null | undefined): boolean;
}

const Context = createContext<WorkingUnit | null>(null);

const storageKey = (accountId: string) => `working-unit:${accountId}`;

/** Keeps the choice for the browser tab (a reload stays on it; a new sign-in starts at the own unit). */
function remembered(accountId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(accountId));
  } catch {
    return null; // storage refused (private mode in some browsers): the choice lasts until reload
  }
}

export function WorkingUnitProvider({ children }: { children: ReactNode }) {
  const { session } = useSignedIn();
  const { account } = session;
  const units = useMemo(() => account.units ?? [], [account.units]);
  const [chosen, setChosen] = useState<string | null>(() => remembered(account.id));

  const choose = useCallback(
    (unitId: string) => {
      setChosen(unitId);
      try {
        window.sessionStorage.setItem(storageKey(account.id), unitId);
      } catch {
        // kept in memory only
      }
    },
    [account.id],
  );

  const value = useMemo<WorkingUnit>(() => {
    const current = units.find((u) => u.id === chosen) ?? units[0];
    const ids = new Set(units.map((u) => u.id));
    return {
      unitId: current?.id ?? account.unitId,
      unitName: current?.name ?? account.unitName,
      units,
      choose,
      coordinates: (unitId) => !!unitId && ids.has(unitId),
    };
  }, [units, chosen, account.unitId, account.unitName, choose]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkingUnit(): WorkingUnit {
  const value = useContext(Context);
  if (!value) throw new Error('useWorkingUnit outside WorkingUnitProvider');
  return value;
}
