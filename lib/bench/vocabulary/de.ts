import type { Vocabulary } from './types';

export const de: Vocabulary = {
  topics: [
    'Migrationsmanagement', 'Grenzsicherheit', 'Arbeitsmigration', 'Rückübernahmeabkommen',
    'Bekämpfung des Menschenhandels', 'Flüchtlingsschutz', 'Visapolitik', 'biometrische Reisepässe',
    'regionale Zusammenarbeit', 'Integration von Migranten', 'irreguläre Migration', 'Informationsaustausch',
  ],
  cities: ['Moskau', 'Peking', 'Paris', 'Berlin', 'Madrid', 'Kairo', 'Astana', 'Taschkent', 'Minsk', 'Baku', 'Genf', 'Wien'],
  countries: [
    'Russland', 'China', 'Frankreich', 'Deutschland', 'Spanien', 'Ägypten', 'Kasachstan', 'Usbekistan', 'Belarus',
    'Aserbaidschan', 'Kirgisistan', 'Tadschikistan',
  ],
  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  date: (day, month, year) => `${day}. ${month} ${year}`,
  titles: [
    'Forumssitzung in {city} eröffnet: {topic}',
    '{country} und {partner} unterzeichnen gemeinsame Erklärung zum Thema {topic}',
    'Fachleute in {city} ziehen Bilanz: {topic}',
    'Arbeitsgruppe „{topic}“ tagt zum {number}. Mal',
  ],
  summaries: [
    'Delegationen aus {country} und {partner} trafen sich am {date} in {city}, um über das Thema {topic} zu beraten.',
    'Die Sitzung {year} in {city} brachte {number} Teilnehmende zusammen, die zum Thema {topic} arbeiten.',
    'Am {date} veröffentlichte das Forum seine Ergebnisse zum Thema {topic} auf Grundlage von {count} geprüften Fällen.',
  ],
  sentences: [
    'Die Delegation aus {country} legte einen nationalen Bericht über die letzten {number} Monate vor.',
    'Die Teilnehmenden vereinbarten, das nächste Treffen vor Ende {year} in {city} abzuhalten.',
    'Das Sekretariat registrierte im Berichtszeitraum {count} Anträge.',
    'Die Rednerinnen und Redner betonten, dass die praktische Schulung der Beamten Vorrang hat.',
    'Am {date} wurde eine Absichtserklärung zwischen {country} und {partner} unterzeichnet.',
    'Der Workshop befasste sich mit neuen digitalen Werkzeugen zur Prüfung von Reisedokumenten.',
    'Vertreter internationaler Organisationen nahmen als Beobachter teil.',
    'Die Minister begrüßten den in {city} beschlossenen gemeinsamen Aktionsplan.',
    'Die Statistik für {year} zeigt einen Anstieg um {number} Prozent gegenüber dem Vorjahr.',
    'Die Fachleute empfahlen einfachere Verfahren für den Familiennachzug.',
    'Die Behörden in {city} berichteten über ihre Erfahrungen mit Aufnahmeeinrichtungen.',
    'Das Abschlusskommuniqué fordert engere Kontakte zwischen den Konsularbehörden.',
    'Ein Pilotprojekt mit {number} Regionalbüros beginnt am {date}.',
    'Die Seiten erörterten die Finanzierung des regionalen Ausbildungszentrums in {city}.',
  ],
};
