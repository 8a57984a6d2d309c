/** A person's full name in SQL, as `main/domain/person-name.ts` writes it: "Sanne de Groot". */
export const personNameSql = (p: string) =>
  `${p}.first_name || ' ' || iif(${p}.name_prefix = '', '', ${p}.name_prefix || ' ') || ${p}.last_name`;
