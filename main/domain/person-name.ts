/** First name, Dutch prefix if any, last name: "Sanne de Groot", "Anna Bakker". */
export function personName(p: {
  firstName: string | null;
  namePrefix: string | null;
  lastName: string | null;
}): string {
  return [p.firstName, p.namePrefix, p.lastName].filter((part) => part).join(' ');
}
