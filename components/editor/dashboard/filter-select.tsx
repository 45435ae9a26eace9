import { useId } from 'react';

export type FilterOption = { value: string; label: string; lang?: string };

type Props = { name: string; label: string; anyLabel: string; value: string | undefined; options: FilterOption[] };

/** A labelled drop-down of the filter form; its empty first option means "no filter". */
export function FilterSelect({ name, label, anyLabel, value, options }: Props) {
  const id = useId();
  return (
    <div className="dashboard-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
