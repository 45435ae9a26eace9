import type { Vocabulary } from './types';

export const es: Vocabulary = {
  topics: [
    'gestión migratoria', 'seguridad fronteriza', 'migración laboral', 'acuerdos de readmisión',
    'lucha contra la trata de personas', 'protección de refugiados', 'política de visados', 'pasaportes biométricos',
    'cooperación regional', 'integración de migrantes', 'migración irregular', 'intercambio de información',
  ],
  cities: ['Moscú', 'Pekín', 'París', 'Berlín', 'Madrid', 'El Cairo', 'Astaná', 'Taskent', 'Minsk', 'Bakú', 'Ginebra', 'Viena'],
  countries: [
    'Rusia', 'China', 'Francia', 'Alemania', 'España', 'Egipto', 'Kazajistán', 'Uzbekistán', 'Bielorrusia', 'Azerbaiyán',
    'Kirguistán', 'Tayikistán',
  ],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  date: (day, month, year) => `${day} de ${month} de ${year}`,
  titles: [
    'Se inaugura en {city} la sesión del foro sobre {topic}',
    '{country} y {partner} firman una declaración conjunta sobre {topic}',
    'Expertos reunidos en {city} evalúan los avances en {topic}',
    'El grupo de trabajo sobre {topic} celebra su {number}.ª reunión',
  ],
  summaries: [
    'Las delegaciones de {country} y {partner} se reunieron en {city} el {date} para debatir sobre {topic}.',
    'La sesión de {year} en {city} reunió a {number} participantes que trabajan en {topic}.',
    'El {date} el foro publicó sus conclusiones sobre {topic}, basadas en {count} casos examinados.',
  ],
  sentences: [
    'La delegación de {country} presentó un informe nacional sobre los últimos {number} meses.',
    'Los participantes acordaron celebrar la próxima reunión en {city} antes de que termine {year}.',
    'La secretaría registró {count} solicitudes durante el período del informe.',
    'Los oradores subrayaron que la formación práctica de los funcionarios sigue siendo una prioridad.',
    'El {date} se firmó un memorando de entendimiento entre {country} y {partner}.',
    'El taller examinó nuevas herramientas digitales para verificar documentos de viaje.',
    'Representantes de organizaciones internacionales participaron como observadores.',
    'Los ministros celebraron el plan de acción conjunto aprobado en {city}.',
    'Las estadísticas de {year} muestran un aumento del {number} por ciento respecto al año anterior.',
    'Los expertos recomendaron simplificar los trámites de reagrupación familiar.',
    'Las autoridades locales de {city} compartieron su experiencia con los centros de acogida.',
    'El comunicado final pide contactos más estrechos entre los servicios consulares.',
    'Un proyecto piloto con {number} oficinas regionales comenzará el {date}.',
    'Las partes debatieron la financiación del centro regional de formación de {city}.',
  ],
};
