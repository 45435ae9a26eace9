import type { CoverageState } from '@/lib/editor/coverage-state';

// A shape per state, beside the state's name, so states differ by more than colour (and survive
// printing and forced-colour modes). Decorative: the name is what screen readers read.
const glyphs: Record<CoverageState, string> = {
  missing: '○',
  draft: '◔',
  in_review: '◑',
  scheduled: '◷',
  published: '●',
  outdated: '⚠\uFE0E',
  archived: '▪',
};

export function StateGlyph({ state }: { state: CoverageState }) {
  return (
    <span className="state-glyph" aria-hidden="true">
      {glyphs[state]}
    </span>
  );
}
