/**
 * Recognising what a column means from its header, in Dutch and English. Used to
 * propose a mapping; the user (or CLI flags) can always say otherwise.
 */

const ID = /^(id|nr|nummer|code|person ?id|respondent ?id|node|vertex)$/i;
const NAME = /^(naam|name|volledige naam|full name|voornaam en achternaam|display name|label)$/i;
const GROUP = /^(bouw|groep|group|team|afdeling|department|dept|unit|sectie|locatie)$/i;
const ROLE = /^(rol|role|functie|function|position|positie)$/i;
const PRIVATE = /(e-?mail|ip[ -]?(address|adres)|^ip$|ipaddress|latitude|longitude|location ?(lat|long))/i;

export function findColumn(header: string[], pattern: RegExp): string | null {
  return header.find((h) => pattern.test(h.trim())) ?? null;
}

export const findIdColumn = (header: string[]): string | null => findColumn(header, ID);
export const findNameColumn = (header: string[]): string | null => findColumn(header, NAME);
export const findGroupColumn = (header: string[]): string | null => findColumn(header, GROUP);
export const findRoleColumn = (header: string[]): string | null => findColumn(header, ROLE);

/** Columns with personal contact or location data, left out unless the user asks. */
export function isPrivateColumn(header: string): boolean {
  return PRIVATE.test(header);
}
