import Link from 'next/link';
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { auditTargetTypes, knownAuditActions } from '@/lib/audit/schema';
import { auditPath } from '@/lib/auth/editor-paths';
import type { Locale } from '@/lib/i18n/locales';
import { FilterSelect } from '../dashboard/filter-select';
import { actionName } from './action-name';

type Props = {
  uiLocale: Locale;
  /** The filters as the address has them, valid or not, so a wrong value can be corrected. */
  values: Record<string, string | undefined>;
  actors: { id: string; label: string }[];
};

function DateField({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" name={name} defaultValue={value ?? ''} />
    </div>
  );
}

// A plain GET form: works without JavaScript, and the filtered log has an address of its own.
// It sends no page number, so a new filter starts on page 1.
export function AuditFilters({ uiLocale, values, actors }: Props) {
  const t = useTranslations('EditorAudit');
  const actionCodes: string[] = [...knownAuditActions];
  // An action the list does not know (older rows) stays selectable once it is in the address.
  if (values.action && !actionCodes.includes(values.action)) actionCodes.push(values.action);
  return (
    <form method="get" action={auditPath(uiLocale)} className="records-filters" aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading">{t('filtersHeading')}</h2>
      <div className="records-filter-fields">
        <FilterSelect
          name="actor"
          label={t('filterActor')}
          anyLabel={t('anyActor')}
          value={values.actor}
          options={actors.map((actor) => ({ value: actor.id, label: actor.label }))}
        />
        <FilterSelect
          name="action"
          label={t('filterAction')}
          anyLabel={t('anyAction')}
          value={values.action}
          options={actionCodes.map((code) => ({ value: code, label: actionName(t, code) }))}
        />
        <FilterSelect
          name="targetType"
          label={t('filterTargetType')}
          anyLabel={t('anyTargetType')}
          value={values.targetType}
          options={auditTargetTypes.map((type) => ({ value: type, label: t(`targetTypes.${type}`) }))}
        />
        <DateField name="from" label={t('filterFrom')} value={values.from} />
        <DateField name="to" label={t('filterTo')} value={values.to} />
      </div>
      <div className="records-filter-actions">
        <button type="submit">{t('apply')}</button>
        <Link href={auditPath(uiLocale)}>{t('reset')}</Link>
      </div>
    </form>
  );
}
