import type { Lexicon } from "./types.js";

export const fr: Lexicon = {
  speechVerbs: [
    "dit", "a dit", "déclare", "a déclaré", "explique", "a expliqué", "affirme", "a affirmé", "ajoute", "a ajouté",
    "estime", "a estimé", "souligne", "a souligné", "précise", "a précisé", "selon", "dit-il", "dit-elle",
    "a-t-il dit", "a-t-elle dit", "explique-t-il", "explique-t-elle", "ajoute-t-il", "ajoute-t-elle", "raconte", "a raconté",
    "confie", "a confié", "assure", "a assuré", "indique", "a indiqué", "prévient", "a prévenu", "poursuit", "a poursuivi",
    "rappelle", "a rappelé", "regrette", "a regretté", "insiste", "a insisté", "reconnaît", "a reconnu", "résume", "a résumé",
    "martèle", "souffle", "lance", "a lancé", "témoigne", "a témoigné", "déplore", "a déploré", "avertit", "a averti", "a rapporté", "rapporte", "a annoncé", "annonce", "a répondu", "répond", "a martelé", "a commenté", "commente", "a fait savoir", "fait savoir", "a noté", "note", "a observé", "observe", "a écrit", "écrit", "a tweeté", "a jugé", "juge", "a détaillé", "détaille", "a nuancé", "nuance", "a plaidé", "plaide", "a expliqué à", "a confirmé", "confirme", "a dénoncé", "dénonce",
    "ont dit", "ont déclaré", "ont expliqué", "ont affirmé", "ont ajouté", "ont estimé", "ont souligné", "ont précisé", "ont assuré", "ont indiqué", "ont rappelé", "ont regretté", "ont dénoncé", "ont répondu", "ont confié", "ont raconté", "ont témoigné", "ont prévenu", "ont averti", "ont fait savoir",
    "disent", "déclarent", "expliquent", "estiment", "affirment", "racontent", "témoignent", "assurent", "indiquent", "déplorent", "soulignent", "ajoutent", "précisent", "confient", "regrettent", "préviennent", "dénoncent",
  ],
  titles: ["Président", "Présidente", "Premier ministre", "Ministre", "Maire", "Monsieur", "Madame", "M.", "Mme", "Professeur", "Docteur", "Dr"],
  pronouns: ["il", "elle"],
  bylinePrefixes: ["Par"],
  reporterWords: ["correspondant", "correspondante", "journaliste", "envoyé spécial", "envoyée spéciale"],
  creditLabels: ["Photo", "Photos", "Crédit", "Crédit photo", "Illustration", "Image"],
  captionLabels: ["Légende"],
  relatedTitles: ["Sur le même sujet", "Lire aussi", "À lire aussi", "A lire aussi", "Voir aussi", "Dans la même rubrique"],
  noise: ["Publicité", "Partager", "Partager cet article", "Imprimer", "Envoyer", "Imprimer cet articleImprimer", "Lire sur le readerMode zen", "Lire la suite", "Ajouter à vos sélections", "Offrir cet article", "Lire plus tard", "Écouter", "Commenter", "S’abonner", "S'abonner", "Se connecter", "Article réservé aux abonnés", "Partager sur Facebook", "Partager sur X", "Copier le lien", "Réutiliser ce contenu", "Lire la suite", "Voir plus", "Abonnez-vous"
  ],
  noisePatterns: ["^temps de lecture\\s*:?\\s*\\d+\\s*min", "^nous utilisons des cookies\\b", "^lecture\\s*:?\\s*\\d+\\s*min\\.?$"],
  videoMarkers: ["Lire la vidéo", "Vidéo"],
  months: [
    ["janvier", "janv"], ["février", "févr", "fevrier"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
    ["juillet", "juil"], ["août", "aout"], ["septembre", "sept"], ["octobre", "oct"], ["novembre", "nov"], ["décembre", "déc", "decembre"],
  ],
  updatedWords: ["mis à jour", "modifié"],
};
