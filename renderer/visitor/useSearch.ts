import { useEffect, useState } from 'react';
import type { Result } from '../../main/contract';

/** Asks as the visitor types (a short pause first); an answer for older letters is dropped. */
export function useSearch<T>(typed: string, search: (typed: string) => Promise<Result<T[]>>) {
  const [found, setFound] = useState<T[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void search(typed).then((r) => current && setFound(r.ok ? r.value : []));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [typed, search]);
  return found;
}
