import type { ReactNode } from 'react';
import { useListKeys } from '../shared/useListKeys';
import { AddButton, RemoveButton } from './widgets';
import { Section } from './open-sections';

/**
 * One section of the site editor: a folding list of entities, each with its fields and a remove
 * button, and an add button. Keys stay with their entity when one above is removed, so a field
 * being edited never jumps to its neighbour.
 */
export function ListSection<T>(props: {
  title: string;
  items: T[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  children: (item: T, index: number) => ReactNode;
}) {
  const keys = useListKeys(props.items.length);
  const add = () => {
    keys.added();
    props.onAdd();
  };
  const remove = (index: number) => {
    keys.removed(index);
    props.onRemove(index);
  };
  return (
    <Section id={props.title} summary={`${props.title} (${props.items.length})`}>
      {props.items.map((item, i) => (
        <div key={keys.keyOf(i)} className="entity">
          {props.children(item, i)}
          <RemoveButton onClick={() => remove(i)} />
        </div>
      ))}
      <AddButton onClick={add} />
    </Section>
  );
}
