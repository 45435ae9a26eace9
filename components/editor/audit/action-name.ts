import { isKnownAuditAction, type KnownAuditAction } from '@/lib/audit/schema';

// Message keys cannot contain dots (next-intl reads them as nesting): `media.editText` is `media_editText`.
type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;
export type ActionMessageKey = `actions.${Underscored<KnownAuditAction>}`;

/** An action in words (messages EditorAudit.actions); an action the portal does not know keeps its code. */
export function actionName(t: (key: ActionMessageKey) => string, code: string): string {
  return isKnownAuditAction(code) ? t(`actions.${code.replaceAll('.', '_') as Underscored<KnownAuditAction>}`) : code;
}
