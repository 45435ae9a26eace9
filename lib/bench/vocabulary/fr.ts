import type { Vocabulary } from './types';

export const fr: Vocabulary = {
  topics: [
    'gestion des migrations', 'sécurité des frontières', 'migration de travail', 'accords de réadmission',
    'lutte contre la traite des êtres humains', 'protection des réfugiés', 'politique des visas', 'passeports biométriques',
    'coopération régionale', 'intégration des migrants', 'migration irrégulière', "échange d'informations",
  ],
  cities: ['Moscou', 'Pékin', 'Paris', 'Berlin', 'Madrid', 'Le Caire', 'Astana', 'Tachkent', 'Minsk', 'Bakou', 'Genève', 'Vienne'],
  countries: [
    'la Russie', 'la Chine', 'la France', "l'Allemagne", "l'Espagne", "l'Égypte", 'le Kazakhstan', "l'Ouzbékistan",
    'le Bélarus', "l'Azerbaïdjan", 'le Kirghizistan', 'le Tadjikistan',
  ],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  date: (day, month, year) => `${day} ${month} ${year}`,
  titles: [
    'Ouverture à {city} de la session du forum : {topic}',
    'Déclaration commune signée : {country} et {partner} ({topic})',
    'À {city}, les experts font le point : {topic}',
    'Le groupe de travail « {topic} » se réunit pour la {number}e fois',
  ],
  summaries: [
    'Les délégations ({country}, {partner}) se sont réunies à {city} le {date} : {topic}.',
    'La session {year} à {city} a réuni {number} participants travaillant sur le thème « {topic} ».',
    'Le {date}, le forum a publié ses conclusions (« {topic} ») après examen de {count} dossiers.',
  ],
  sentences: [
    'La délégation ({country}) a présenté un rapport national couvrant les {number} derniers mois.',
    'Les participants sont convenus de tenir la prochaine réunion à {city} avant la fin de {year}.',
    'Le secrétariat a enregistré {count} demandes au cours de la période considérée.',
    'Les intervenants ont souligné que la formation pratique des agents reste une priorité.',
    "Un protocole d'accord entre {country} et {partner} a été signé le {date}.",
    "L'atelier a examiné de nouveaux outils numériques de contrôle des documents de voyage.",
    'Des représentants des organisations internationales ont participé en qualité d’observateurs.',
    "Les ministres ont salué le plan d'action commun adopté à {city}.",
    "Les statistiques de {year} montrent une hausse de {number} pour cent par rapport à l'année précédente.",
    'Les experts ont recommandé de simplifier les procédures de regroupement familial.',
    "Les autorités locales de {city} ont partagé leur expérience des centres d'accueil.",
    'Le communiqué final appelle à des contacts plus étroits entre les services consulaires.',
    'Un projet pilote associant {number} bureaux régionaux débutera le {date}.',
    'Les parties ont discuté du financement du centre régional de formation de {city}.',
  ],
};
