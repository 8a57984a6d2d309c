import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * Which sections of the site editor are open, kept above the draft: a save reloads the draft,
 * and the office manager should find the editor as they left it.
 */
const OpenSections = createContext<{
  isOpen: (title: string) => boolean;
  setOpen: (title: string, open: boolean) => void;
} | null>(null);

export function OpenSectionsProvider(props: { initiallyOpen: string[]; children: ReactNode }) {
  const [open, setOpenSet] = useState(() => new Set(props.initiallyOpen));
  const setOpen = (title: string, isOpen: boolean) =>
    setOpenSet((current) => {
      if (current.has(title) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(title);
      else next.delete(title);
      return next;
    });
  return (
    <OpenSections.Provider value={{ isOpen: (title) => open.has(title), setOpen }}>
      {props.children}
    </OpenSections.Provider>
  );
}

/** A folding section that stays open (or shut) across the editor's reloads. */
export function Section(props: { id: string; summary: ReactNode; children: ReactNode }) {
  const sections = useContext(OpenSections);
  return (
    <details
      open={sections?.isOpen(props.id) ?? false}
      onToggle={(e) => sections?.setOpen(props.id, e.currentTarget.open)}
    >
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
