/**
 * A printed card number in a form that does not depend on any card rule (leading zeros of a
 * decimal dropped, hex in capitals without separators): the same card in two exports, whichever
 * way each prints it, is one key. Stored with every card (`building_cards.printed`) and used to
 * tie the cardholder list's rows to the door log's.
 */
export function printedCard(text: string): string {
  return /^\d+$/.test(text)
    ? text.replace(/^0+(?=\d)/, '')
    : text.replace(/[\s:-]/g, '').toUpperCase();
}
