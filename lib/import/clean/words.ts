// Small, language-agnostic text predicates used by the rules and the paragraph repair.
import { matchKey } from "./normalise";

/** Word tokens of a text's matchKey (letters and digits; punctuation and symbols dropped). */
export function tokens(text: string): string[] {
  return matchKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whitespace-separated words (a symbol like "+" or "*" counts as a word, as a reader sees it). */
export function countWords(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
}

// A sentence ends with . ! ? … : or ;, possibly followed by closing quotes or brackets.
const SENTENCE_END = /[.!?…:;]["'»”’)\]\s\u00A0\u202F]*$/;
// The same without : and ; (a full stop, as in "this line is a finished sentence").
const FULL_STOP = /[.!?…]["'»”’)\]\s\u00A0\u202F]*$/;

/** The line ends like a sentence or an introduction (. ! ? … : ;). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** The line is a sentence: ends with a full stop and has at least `minWords` words. */
export function isSentence(text: string, minWords = 6): boolean {
  return FULL_STOP.test(text) && countWords(text) >= minWords;
}

/**
 * The line continues a sentence: its first word is lower-case (not "iPhone"-style mixed case), or
 * it starts with , ; ) or a closing quote.
 */
export function startsLowercase(text: string): boolean {
  const t = text.trimStart();
  if (/^[,;)\]»”]/.test(t)) return true;
  const word = t.replace(/^[«“"'‘(\[\s\u00A0\u202F]+/, "").match(/^[\p{L}]+/u)?.[0];
  if (!word) return false;
  return word === word.toLowerCase() && word !== word.toUpperCase();
}

/** First letter is upper-case (or the line starts with a digit). */
export function startsUppercaseOrDigit(text: string): boolean {
  const t = text.replace(/^[«“"'‘(\[\s\u00A0\u202F¿¡]+/, "");
  const c = t.match(/^[\p{L}\p{N}]/u)?.[0];
  if (!c) return false;
  return /\p{N}/u.test(c) || (c !== c.toLowerCase());
}

/**
 * Articles, prepositions, pronouns and conjunctions of fr/en/de/es (accent-free, as produced by
 * `tokens`). Used to ignore filler words when a rule asks "is this line made only of X words?",
 * and to recognise orphaned words ("le", "by") left behind by a removed date or byline.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    // fr
    "le la les l un une des de du d a au aux et ou en dans sur sous par pour avec sans ce cet cette ces " +
    "je j me m tu te t il elle on nous vous ils elles se s y ne n pas ici la mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que qu " +
    // en
    "the a an of to in on at by for from with and or but this that these those it its is are be our your my his her their us you we i me here now all " +
    // de
    "der die das den dem des ein eine einen einem einer und oder zu im am an auf aus bei mit von vom zum zur fur ist sind sie ihr ihre ihren uns unser unsere unseren wir ich du hier jetzt alle diesen dieses diese dieser " +
    // es
    "el los las lo un una unos unas y o e u del al con por para sin sobre en es son su sus nuestro nuestra nuestros nuestras tu te nos se mi aqui ahora este esta esto estos estas"
  ).split(" "),
);

/**
 * Words a sentence cannot end on (articles, prepositions, conjunctions): a line ending with one was
 * cut in the middle of a sentence.
 */
export const DANGLING_WORDS: ReadonlySet<string> = new Set(
  (
    "le la les un une des de du d l au aux a et ou en dans sur sous par pour avec sans que qui dont entre vers chez mais ni car " +
    "the an of to in on at for from with and or but that which as into than " +
    "der die das den dem des ein eine einen einem einer und oder von zu mit im auf fur bei aus nach uber dass als " +
    "el los las un una del al y o con por para que sin sobre entre hacia"
  ).split(" "),
);
