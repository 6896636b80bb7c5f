/** The words of one language that the parser needs to read news copy. */
export interface Lexicon {
  /** Verbs of saying that attribute a quote, in any tense ("said", "says", "säger"). Multi-word allowed. */
  speechVerbs: string[];
  /** Titles written before a name that are not part of it ("President", "Mayor", "Dr."). */
  titles: string[];
  /** Pronouns that stand for the last named speaker ("he", "hon"). */
  pronouns: string[];
  /** Words that open a byline ("By", "Av"). */
  bylinePrefixes: string[];
  /** Job words that end a byline without "By" ("Nadia Rahman, North of England correspondent"). */
  reporterWords: string[];
  /** Labels before a picture credit ("Photo", "Foto"). */
  creditLabels: string[];
  /** Screen-reader labels that copying glues before a caption ("Image caption"). */
  captionLabels: string[];
  /** Titles of related-link boxes ("Related", "Read more", "Läs också"). */
  relatedTitles: string[];
  /** Whole lines that are page noise, compared without case and end punctuation. */
  noise: string[];
  /** Regular expressions, in lower case, for noise lines that vary (cookie and newsletter prompts); tried on the lower-cased line. */
  noisePatterns: string[];
  /** Noise lines that mark an embedded video: the caption that follows belongs to a video. */
  videoMarkers: string[];
  /** Month names and their abbreviations, January first, for reading date lines. */
  months: string[][];
  /** Words before a date that say it is an update ("Updated", "Uppdaterad"). */
  updatedWords: string[];
  /** The article's own language (BCP 47), first of the merged languages; CLDR's date names come from it. */
  lang?: string;
}
