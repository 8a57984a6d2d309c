import { useEffect, useState } from 'react';
import type { ContractError, Result } from '../../main/ipc/contract';

/**
 * Loads something through the contract and reloads on demand; errors are kept, never thrown.
 * `call` must be stable (useCallback): a new function means a new load.
 */
export function useCall<T>(call: () => Promise<Result<T>>) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void call().then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setValue(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [call, version]);
  return { value, error, reload: () => setVersion((v) => v + 1) };
}

/** A staff call refused as unauthorized means the area locked itself: go back to the PIN pad. */
export function useLockedOnUnauthorized(error: ContractError | null, onLocked: () => void): void {
  useEffect(() => {
    if (error?.code === 'unauthorized') onLocked();
  }, [error, onLocked]);
}
