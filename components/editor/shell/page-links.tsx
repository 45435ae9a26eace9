import Link from 'next/link';

type Props = {
  label: string;
  /** "Page 2 of 5", or just "Page 2" when the number of pages is not counted. */
  status: string;
  previous: { href: string; label: string } | null;
  next: { href: string; label: string } | null;
};

/** Previous/next links of a paged editor list; nothing when there is only one page. */
export function PageLinks({ label, status, previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="page-links">
      {previous ? (
        <Link href={previous.href} rel="prev">
          {previous.label}
        </Link>
      ) : null}
      <span aria-current="page">{status}</span>
      {next ? (
        <Link href={next.href} rel="next">
          {next.label}
        </Link>
      ) : null}
    </nav>
  );
}
