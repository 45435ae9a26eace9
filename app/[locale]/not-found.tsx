import { NotFoundContent } from '@/components/site/not-found-content';

export default function LocaleNotFound() {
  return <NotFoundContent />;
}
