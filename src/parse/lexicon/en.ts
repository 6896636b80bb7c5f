import type { Lexicon } from "./types.js";

export const en: Lexicon = {
  speechVerbs: [
    "saying", "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains",
    "noted", "notes", "stated", "states", "wrote", "writes", "quipped", "quips", "replied", "replies",
    "continued", "continues", "insisted", "insists", "argued", "argues", "warned", "warns", "claimed",
    "claims", "declared", "declares", "recalled", "recalls", "admitted", "admits", "conceded", "concedes",
    "concluded", "concludes", "commented", "comments", "stressed", "stresses", "emphasised", "emphasized",
    "announced", "announces", "remarked", "remarks", "laughed", "laughs", "joked", "jokes", "shouted",
    "acknowledged", "acknowledges", "observed", "observes", "pointed out", "points out", "went on",
    "goes on", "according to", "tweeted", "posted", "confirmed", "confirms", "predicted", "predicts",
    "agreed", "agrees", "suggested", "suggests", "responded", "responds", "answered", "answers", "testified", "recounted", "reflected", "revealed", "reiterated", "reiterates", "urged", "urges", "cautioned", "cautions", "pleaded", "boasted", "complained", "complains", "lamented", "laments", "mused", "muses", "sighed", "whispered", "shared", "wrote in", "says of", "said of", "countered", "counters", "objected", "affirmed", "assured", "explained to", "told reporters",
  ],
  titles: ["President", "Sheikh", "Sheik", "Vice President", "Prime Minister", "Foreign Minister", "Minister", "Secretary", "Mayor", "Director", "Senator", "Sen.", "Governor", "Gov.", "Representative", "Rep.", "Judge", "Justice", "Chancellor", "Chief", "Coach", "Manager", "Professor", "Prof.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Sir", "Dame", "General", "Gen.", "Captain", "Capt.", "Councillor", "Councilor", "Councilwoman", "Councilman", "Council President", "Alderman", "Alderwoman", "Cllr", "Cllr.", "King", "Queen", "Prince", "Princess", "Pope", "Speaker", "Inspector", "Detective", "Sergeant", "Commissioner", "Chairman", "Chairwoman", "Ambassador", "Bishop", "Archbishop", "Skipper", "Harbourmaster", "Superintendent"],
  pronouns: ["he", "she", "they"],
  bylinePrefixes: ["By", "Written by", "Words by", "Reporting by"],
  reporterWords: ["correspondent", "editor", "reporter", "writer", "journalist", "columnist", "critic", "staff"],
  creditLabels: ["Image source", "Picture source", "Source", "Photo", "Photos", "Photograph", "Photographs", "Image", "Images", "Picture", "Credit", "Illustration", "Graphic", "Video", "Copyright"],
  captionLabels: ["Image caption", "Media caption", "Caption", "Video caption", "Photo caption"],
  relatedTitles: ["Related", "Related coverage", "More on this story", "More stories", "Read next", "Recommended", "Related stories", "Related articles", "Read more", "Read also", "More on this story", "More on this", "See also", "Further reading", "More from"],
  noise: [
    "Advertisement", "Advertisement:", "Enlarge this image", "toggle caption", "hide caption", "Ad", "Sponsored", "Share this article", "Share this story", "Share", "Share on Facebook",
    "Share on Twitter", "Share on X", "Copy link", "Link copied", "Print", "Email", "Comments", "Show comments",
    "Read more", "Read more:", "Javascript must be enabled to play video", "Skip advertisement", "Continue reading",
    "Continue reading the main story", "Sign up for our newsletter", "Subscribe to our newsletter", "Subscribe",
    "Accept cookies", "Accept all cookies", "We use cookies", "Listen to this article", "Play video",
    "Our Standards: The Thomson Reuters Trust Principles.", "Image caption", "Media caption", "Follow us", "Facebook", "X", "Twitter", "Reddit", "LinkedIn", "Pinterest", "Flipboard", "WhatsApp", "Messenger", "Telegram", "E-mail", "Copy", "Save", "Saved", "Shares", "Tweet", "Bookmark", "Purchase Licensing Rights", "Reuse this content", "This video can not be played", "This video cannot be played", "Sign up", "Enter email", "I Accept", "Accept", "Reject all", "Manage cookies", "Show Purposes", "More info", "Unsubscribe", "Forward this email to a friend", "View this email in your browser", "Listen", "Listen to article", "Close", "Skip to content", "Most read", "Back to top", "Gift this article", "Sign in", "Log in", "Register", "Newsletter", "Most popular", "Read more", "Show more", "Load more", "See more"
  ],
  noisePatterns: ["^(we|this (web)?site) uses? cookies\\b", "\\bcookie (policy|settings|preferences)\\b", "\\b(sign up|subscribe)\\b.*\\bnewsletters?\\b", "\\bnewsletters?\\b.*\\b(inbox|sign up|subscribe)\\b", "\\bstraight to your inbox\\b", "\\bunsubscribe at any time\\b", "^you are receiving this (e-?mail|newsletter)", "\\ball rights reserved\\.?$", "^follow\\b.{0,60}\\bon (x|twitter|facebook|instagram|tiktok|threads|bluesky)\\b", "^(enable|turn on) javascript\\b", "\\bjavascript (must|needs to) be (enabled|turned on)\\b", "\\bto play this video\\b", "^advertisement\\b", "^sponsored by\\b", "^\\d+\\s*min(ute)?s?\\.?\\s+read$", "^reading time\\s*:?\\s*\\d+", "^(today.s )?(briefing|newsletter|episode|podcast) is sponsored by\\b", "^copyright\\b.*\\d{4}"],
  videoMarkers: ["Javascript must be enabled to play video", "Play video", "Watch", "Watch video", "Video"],
  months: [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
    ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ],
  updatedWords: ["updated", "last updated", "modified"],
};
