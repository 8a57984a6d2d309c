import { useCallback, useEffect, useState } from 'react';
import type { ContractError, Result } from '../../main/contract';

export interface Data<T> {
  /** The last value loaded; kept while a reload runs, so the screen does not flash. */
  value: T | null;
  error: ContractError | null;
  reload: () => void;
}

/**
 * Loads something through the contract, again whenever `load` changes or `reload` is called.
 * `load` must be stable (useCallback). Errors are kept, never thrown; an answer that arrives
 * after a newer load started is dropped.
 */
export function useData<T>(load: () => Promise<Result<T>>): Data<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value, error, reload };
}
