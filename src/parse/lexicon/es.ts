import type { Lexicon } from "./types.js";

export const es: Lexicon = {
  speechVerbs: [
    "dijo", "dice", "afirmó", "afirma", "explicó", "explica", "añadió", "añade", "señaló", "señala", "aseguró",
    "asegura", "declaró", "declara", "según", "indicó", "indica", "agregó", "agrega", "sostuvo", "sostiene",
    "resume", "resumió", "apunta", "apuntó", "advierte", "advirtió", "lamenta", "lamentó", "insiste", "insistió", "reconoce",
    "reconoció", "cuenta", "contó", "critica", "criticó", "subraya", "subrayó", "explicaba", "decía", "afirmaba", "manifestó", "manifiesta", "comentó", "comenta", "relató", "relata", "precisó", "precisa", "detalló", "detalla", "recalcó", "recalca", "expresó", "expresa", "sentenció", "concluyó", "concluye", "admitió", "admite", "destacó", "destaca", "remarcó", "enfatizó", "aclaró", "aclara", "respondió", "responde", "denunció", "denuncia", "argumentó", "opinó", "opina", "ha explicado", "ha asegurado", "ha señalado", "ha afirmado", "ha dicho", "ha añadido", "ha indicado", "ha manifestado", "ha declarado", "ha subrayado", "ha destacado", "ha reconocido", "ha lamentado", "ha advertido", "ha apuntado", "ha precisado", "ha insistido", "ha recordado", "ha comentado", "ha relatado", "ha detallado", "ha criticado", "ha defendido", "ha concluido", "ha agregado", "ha sostenido", "ha admitido", "ha avisado", "ha alertado", "ha aclarado", "ha expresado", "ha denunciado", "ha valorado", "han explicado", "han asegurado", "han señalado", "han afirmado", "han dicho", "han añadido", "han indicado", "han manifestado", "han declarado", "han subrayado", "han destacado", "han reconocido", "recuerda", "recordó", "alerta", "alertó", "valora", "valoró", "avisa", "avisó", "explican", "aseguran", "señalan", "apuntan", "indican", "según ha explicado",
    "dijeron", "afirmaron", "explicaron", "señalaron", "indicaron", "aseguraron", "declararon", "añadieron", "precisaron", "informaron", "apuntaron", "advirtieron", "denunciaron", "lamentaron", "relataron", "contaron", "dicen", "afirman", "cuentan", "relatan", "critican", "lamentan", "advierten", "reconocen", "subrayan", "destacan", "insisten", "denuncian",
  ],
  titles: ["Presidente", "Presidenta", "Ministro", "Ministra", "Alcalde", "Alcaldesa", "Señor", "Señora", "Sr.", "Sra.", "Dr."],
  pronouns: ["él", "ella"],
  bylinePrefixes: ["Por"],
  reporterWords: ["corresponsal", "periodista", "redactor", "redactora"],
  creditLabels: ["Foto", "Fotografía", "Imagen", "Ilustración"],
  captionLabels: ["Pie de foto"],
  relatedTitles: ["Lee también", "Lea también", "Te puede interesar", "Más información", "Relacionado"],
  noise: ["Publicidad", "Compartir", "Compartir en Facebook", "Compartir en Twitter", "Copiar enlace", "Leer más", "Compartir en Whatsapp", "Compartir en X", "Guardar", "Comentarios", "Seguir leyendo", "Iniciar sesión", "Suscríbete", "Ir a los comentarios", "Comentar", "Más información"
  ],
  noisePatterns: ["^tiempo de lectura\\s*:?\\s*\\d+\\s*min", "^utilizamos cookies\\b", "^\\d+\\s*min(utos)?\\.?\\s+de lectura$"],
  videoMarkers: ["Reproducir vídeo", "Vídeo", "Video"],
  months: [
    ["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"], ["junio", "jun"],
    ["julio", "jul"], ["agosto", "ago"], ["septiembre", "sep", "sept"], ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"],
  ],
  updatedWords: ["actualizado"],
};
