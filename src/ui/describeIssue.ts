// Words a problem found in a loaded document, in the user's language, naming the element
// ("Step 2 “登记”"), the field and what is wrong with it.
import type { TFunction } from 'i18next';
import type { DocumentIssue } from '../model';

export function describeIssue(t: TFunction, issue: DocumentIssue): string {
  const name = issue.elementName;
  const number = issue.elementNumber;
  const element = issue.element
    ? t(`validation.element.${issue.element.kind}`, { name, number })
    : t('validation.element.file');
  const problem = t(`validation.problem.${issue.code}`, issue.params);
  return issue.field
    ? t('validation.withField', { element, field: issue.field, problem })
    : t('validation.withoutField', { element, problem });
}
