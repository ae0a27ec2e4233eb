/**
 * Recognising what a column means from its header, in Dutch and English. Used to
 * propose a mapping; the user (or CLI flags) can always say otherwise.
 */

const ID = /^(id|nr|nummer|code|person ?id|respondent ?id|node|node ?id|vertex|personeelsnummer|employee ?id)$/i;
const NAME = /^(naam|name|volledige naam|full ?name|voornaam en achternaam|display ?name|label)$/i;
/** A roster that splits the name: Voornaam / Tussenvoegsel / Achternaam, FirstName / LastName (Qualtrics contact lists). */
const FIRST_NAME = /^(voornaam|roepnaam|first ?name|given ?name)$/i;
const INFIX = /^(tussenvoegsels?|tussenv\.?|voorvoegsel|prefix)$/i;
const LAST_NAME = /^(achternaam|familienaam|last ?name|surname|family ?name)$/i;
const GROUP = /^(bouw|groep|jaargroep|stamgroep|klas|leerjaar|group|grade|team|afdeling|department|dept|unit|sectie|locatie|vestiging)$/i;
/**
 * A question or longer header about one's own group: "In welke bouw werk je?", "Jaargroep /
 * bouw", "Which grade do you teach?". Not a question about colleagues ("Met wie uit je bouw
 * praat je?"): those name people.
 */
const GROUP_QUESTION =
  /\b(bouw|groep|groepen|jaargroep|stamgroep|klas|klassen|leerjaar|team|afdeling|unit|sectie|vestiging|locatie|department|grade|grades|year group|group)\b/i;
const ABOUT_COLLEAGUES = /\b(met wie|wie |collega|praat|spreek|overleg|who |whom|talk|colleague|name)/i;
const ROLE = /^(rol|role|functie|function|position|positie)$/i;
/** Edge lists: who to whom, how strong, and which relation (advice, friendship) a row is. */
export const SOURCE_COLUMN = /^(source|from|van|ego|sender|bron)$/i;
export const TARGET_COLUMN = /^(target|to|naar|alter|receiver|doel)$/i;
export const WEIGHT_COLUMN = /^(weight|gewicht|value|waarde|freq(uency)?)$/i;
/** Interaction logs: who (also the user or actor of an event), to whom, when, through which channel. */
export const LOG_SOURCE_COLUMN = /^(source|src|from|sender|afzender|van|bron|ego|actor|user|gebruiker)$/i;
export const LOG_TARGET_COLUMN = /^(target|dst|to|recipient|receiver|ontvanger|naar|doel|alter)$/i;
export const TIME_COLUMN = /^(timestamp|time|date|datetime|datum|tijd|tijdstip|sent|verzonden|created|created_at)$/i;
export const CHANNEL_COLUMN = /^(channel|kanaal|medium|type|via)$/i;
/**
 * Columns only survey exports have (Microsoft Forms, Google Forms, Qualtrics, LimeSurvey,
 * SurveyMonkey), in English and Dutch: such a file belongs in Open survey…, not in the log reader.
 */
export const SURVEY_ONLY_COLUMN =
  /^(start time|completion time|begintijd|tijd van voltooien|voltooiingstijd|email address|e-mailadres|startdate|enddate|responseid|response id|submitdate|lastpage|startlanguage|respondent id|collector id|last modified time|laatst gewijzigd)$/i;
/** A roster column saying who answered the survey (edge lists and matrices cannot say it themselves). */
export const RESPONDED_COLUMN = /^(responded|has responded|answered|reageerde|gereageerd|heeft gereageerd|ingevuld|respons)$/i;
export const RELATION_COLUMN = /^(relation|relatie|relationship|kind|type|tie ?type|soort|layer|laag|network|netwerk)$/i;
const PRIVATE = /(e-?mail|ip[ -]?(address|adres)|^ip$|ipaddress|latitude|longitude|location ?(lat|long))/i;

/** A marker some exports add to a header: Google Workspace's "First Name [Required]", "… [Upload Only]". */
const HEADER_MARKER = /\s*\[(required|upload only|verplicht)\]\s*$/i;

export function findColumn(header: string[], pattern: RegExp): string | null {
  return header.find((h) => pattern.test(h.trim().replace(HEADER_MARKER, ''))) ?? null;
}

export const findIdColumn = (header: string[]): string | null => findColumn(header, ID);
export const findNameColumn = (header: string[]): string | null => findColumn(header, NAME);
/** A group column by its header: an exact name ("bouw", "groep", "team") first, else a question about one's own group. */
export const findGroupColumn = (header: string[]): string | null => findColumn(header, GROUP) ?? header.find(isGroupQuestion) ?? null;
export function isGroupQuestion(header: string): boolean {
  const h = header.trim();
  return GROUP_QUESTION.test(h) && !ABOUT_COLLEAGUES.test(h) && !/\[[^\]]+\]\s*$/.test(h);
}
export const findRoleColumn = (header: string[]): string | null => findColumn(header, ROLE);

/** First name, tussenvoegsel and last name columns, when the name is split (the first and last are both needed). */
export function findNameParts(header: string[]): { first: string; infix: string | null; last: string } | null {
  const first = findColumn(header, FIRST_NAME);
  const last = findColumn(header, LAST_NAME);
  return first && last ? { first, infix: findColumn(header, INFIX), last } : null;
}

/** Columns with personal contact or location data, left out unless the user asks. */
export function isPrivateColumn(header: string): boolean {
  return PRIVATE.test(header);
}
