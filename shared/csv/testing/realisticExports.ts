/**
 * Test material: CSV exports as real tools write them, for the encoding detector. Each is text of the kind people
 * type into surveys and comment forms in one language, with the punctuation word processors and Excel put in
 * (curly quotes, dashes, an ellipsis), turned into a file by `encodeLegacy`. The English survey is the commonest
 * non-UTF-8 CSV there is: 481 free-text answers whose only non-ASCII characters are curly quotes and an ellipsis.
 */

/** A small deterministic random source, so every run builds the same files. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const SURVEY_ANSWERS = [
  'I don’t think the children’s programmes go far enough.',
  'More focus on ‘teaching methods’ that actually work for our kids…',
  'The staff are great but there aren’t enough of them.',
  'We’d like longer opening hours at the library.',
  'Parents’ evenings are always at times I can’t make.',
  'It’s hard to get an appointment - the phone line is always busy.',
  'Nothing to add.',
  'The new building is lovely, but the car park’s too small.',
  'I’ve been waiting three months for a reply…',
  'Children’s Centre staff were “really helpful” with the forms.',
  'Bus 12 doesn’t run after 7pm, so I can’t get home from the evening classes.',
  'Good',
  'They should listen to what young people say - not just adults.',
  'I wasn’t aware this service existed until a friend told me.',
  'Can’t fault it.',
  'Too many forms! Why can’t it be online?',
  'The ‘drop-in’ sessions are the best thing about the centre.',
  'My son’s school doesn’t have enough support for SEN pupils.',
  'We’re a family of five and the waiting list is over a year…',
  'Please keep the coffee shop open on Saturdays.',
  'The council’s website is confusing; I couldn’t find the page.',
  'N/A',
  'More lighting on the path by the river - it’s dark by 4pm in winter.',
  'I’d pay a bit more council tax if it meant better youth services.',
];

const SURVEY_ANSWERS_PLAIN = ['Fine', 'No comment', 'Keep it up', 'More benches in the park please', 'Agree'];

/** The 481-answer survey export: respondent, age band, answer; curly quotes and ellipses, nothing else non-ASCII. */
export function englishSurvey(answers = 481): string {
  const random = seeded(481);
  const bands = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
  const lines = ['Respondent ID,Age band,Q7 Any other comments?'];
  for (let i = 1; i <= answers; i++) {
    const pool = random() < 0.7 ? SURVEY_ANSWERS : SURVEY_ANSWERS_PLAIN;
    const answer = pool[Math.floor(random() * pool.length)]!;
    lines.push([String(100000 + i), bands[Math.floor(random() * bands.length)]!, csvField(answer)].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

const COMMENTS: Record<string, string[]> = {
  french: [
    'Le marché ferme trop tôt, c’est dommage pour les familles.',
    'Il faudrait plus d’éclairage près de l’école – surtout l’hiver.',
    'Les agents sont très aimables, mais l’attente est longue…',
    'On a besoin d’un lieu pour les jeunes le soir.',
    'Trop de voitures garées sur le trottoir, rue de la Gare.',
    '« Sécurité » : c’est le mot qui revient le plus souvent.',
    'Ça va mieux depuis l’ouverture du centre social.',
    'Les horaires du bus ne correspondent pas à ceux du lycée.',
    'Je n’ai pas su où m’adresser pour signaler le problème.',
    'Très bonne initiative, à reconduire l’année prochaine.',
  ],
  spanish: [
    'Necesitamos más iluminación en el parque por la noche.',
    'El autobús no pasa después de las ocho, ¿por qué?',
    'Los niños no tienen dónde jugar después de la escuela.',
    'La atención en el centro de salud fue muy buena.',
    'Hay demasiado tráfico en la calle principal – es peligroso.',
    'Me gustaría que hubiera más actividades para mayores.',
    '¡Gracias por preguntar nuestra opinión!',
    'El país necesita más inversión en educación pública.',
    'Aquí todos nos conocemos, pero faltan espacios comunes.',
    'La información llegó tarde; nadie sabía de la reunión.',
  ],
  german: [
    'Die Straßenbeleuchtung am Fluss ist viel zu schwach.',
    'Für Jugendliche gibt es abends keinen Treffpunkt.',
    'Die Mitarbeiter waren sehr freundlich – danke!',
    'Der Bus fährt nach 20 Uhr nicht mehr, das ist ärgerlich.',
    'Mehr Grünflächen und Bänke für ältere Menschen wären schön.',
    'Über die Änderungen wurden wir nicht früh genug informiert.',
    'Die Wartezeit beim Bürgeramt beträgt oft über zwei Stunden…',
    'Schön, dass man uns fragt.',
    'Zu viele Autos parken auf dem Gehweg vor der Schule.',
    'Das Angebot im Jugendzentrum müsste größer sein.',
  ],
  english: [
    'Lighting on the path by the river – it’s too dark.',
    'Don’t close the library on Sundays!',
    'The “community fridge” idea is brilliant.',
    'We need more youth workers, not more cameras…',
    'Council tax is up 5% but nothing’s changed.',
    'My kids’ school has no crossing guard.',
    'Fine',
    'Please fix the potholes on Mill Road.',
  ],
};

/** A comment-form export in one language: id, comment; `rows` rows drawn from typical answers. */
export function commentsExport(language: keyof typeof COMMENTS, rows = 60): string {
  const random = seeded(rows + language.length);
  const pool = COMMENTS[language]!;
  const lines = ['id,comment'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},${csvField(pool[Math.floor(random() * pool.length)]!)}`);
  return lines.join('\r\n') + '\r\n';
}

export const LANGUAGES = Object.keys(COMMENTS) as (keyof typeof COMMENTS)[];
